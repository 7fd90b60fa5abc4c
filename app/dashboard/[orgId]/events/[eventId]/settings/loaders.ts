import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { events } from "@/db/schema";
import { orgLoader } from "@/lib/actions/define";
import { NotFoundError } from "@/lib/auth/errors";
import { effectiveMaintenance } from "@/lib/maintenance/mode";
import { readGlobal } from "@/lib/maintenance/store";

/**
 * The event's maintenance setting and what attendees get (the stricter of it and the global one, ADR 027), for
 * the settings form and the banner every event page shows while in maintenance.
 */
export const loadEventMaintenance = orgLoader({
  name: "loadEventMaintenance",
  permission: "events.view",
  input: z.object({ orgId: z.uuid(), eventId: z.uuid() }),
  load: async ({ db, member, input }) => {
    const [row] = await db
      .select({ mode: events.maintenanceMode, message: events.maintenanceMessage })
      .from(events)
      .where(and(eq(events.id, input.eventId), eq(events.orgId, member.orgId)))
      .limit(1);
    if (!row) throw new NotFoundError("event");
    const global = await readGlobal(db);
    return { own: row, effective: effectiveMaintenance(global, row) };
  },
});
