"use server";

import { updateTag } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { MAINTENANCE_TAG } from "@/lib/maintenance/cached";
import { eventMaintenanceSchema } from "@/lib/maintenance/schemas";
import { saveEventMaintenance } from "@/lib/maintenance/store";
import { fail, ok } from "@/lib/validation/action-result";

/** An owner or organiser puts the event into maintenance or out of it (ADR 027), with an audit entry. */
export const saveEventMaintenanceAction = orgAction({
  name: "saveEventMaintenance",
  permission: "events.manage",
  input: eventMaintenanceSchema,
  run: async ({ db, user, member, input }) => {
    const saved = await saveEventMaintenance({
      db,
      orgId: member.orgId,
      eventId: input.eventId,
      userId: user.id,
      setting: { mode: input.mode, message: input.message },
    });
    if (!saved) return fail("not_found", "This event does not exist or is not in your organisation.");
    // This instance's attendee pages see it at once; other instances within the cache lifetime (ADR 027).
    updateTag(MAINTENANCE_TAG);
    return ok(input.mode === "off" ? "Maintenance is off: the shop works as usual." : "Maintenance saved.");
  },
});
