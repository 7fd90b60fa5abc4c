"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { eventRetentionSchema, retentionDaysValue } from "@/lib/privacy/retention-schemas";
import { setEventRetention } from "@/lib/privacy/retention-settings";

/** An event's retention period: its own number of days, or empty for the organisation's default (issue 13). */
export const setEventRetentionAction = orgAction({
  name: "setEventRetention",
  permission: "events.manage",
  input: eventRetentionSchema,
  run: async ({ db, user, member, input }) => {
    const days = retentionDaysValue(input.days);
    const result = await setEventRetention(db, {
      orgId: member.orgId,
      eventId: input.eventId,
      days,
      userId: user.id,
    });
    revalidatePath(`/dashboard/${member.orgId}/events/${input.eventId}/settings`);
    if (!result.changed) return ok("Nothing changed.");
    return ok(
      days === null
        ? `${result.eventName} now uses the organisation's retention period.`
        : `Personal data of ${result.eventName} is now erased ${days} days after the event ends.`,
    );
  },
});
