import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import type { EventValues } from "./event-schema";
import { getOrgEvent } from "@/lib/events/org-event";
import { assertSlugFree, withUniqueSlug } from "./slug-uniqueness";

const editable = [
  "name",
  "slug",
  "timeZone",
  "startsAt",
  "endsAt",
  "orderingOpensAt",
  "orderingClosesAt",
  "maxOrdersPerAttendee",
  "currency",
  "referencePrefix",
] as const satisfies readonly (keyof EventValues)[];

export type EditableEventField = (typeof editable)[number];

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** Which fields differ between the stored event and the submitted values (names only: what the audit keeps). */
function changedEventFields(event: EventValues, values: EventValues): EditableEventField[] {
  return editable.filter((field) => !same(event[field], values[field]));
}

/**
 * Saves the settings form. Archived events are final and refused. Only what changed is written and named in
 * the audit entry; submitting the form unchanged writes nothing.
 */
export async function updateEvent({
  db,
  orgId,
  eventId,
  actorUserId,
  values,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  actorUserId: string;
  values: EventValues;
}): Promise<{ event: Event; changed: EditableEventField[]; previousSlug: string }> {
  return withUniqueSlug(() =>
    db.transaction(async (tx) => {
      const current = await getOrgEvent({ db: tx, orgId, eventId, lock: true });
      if (current.status === "archived") {
        reject("conflict", "Archived events cannot be edited. Duplicate it to run it again.");
      }
      const changed = changedEventFields(current, values);
      if (changed.length === 0) return { event: current, changed, previousSlug: current.slug };
      if (changed.includes("slug")) await assertSlugFree(tx, values.slug, eventId);
      const [event] = await tx
        .update(events)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(events.id, current.id))
        .returning();
      if (!event) throw new Error("event update returned no row");
      await recordAudit(tx, {
        orgId,
        actorUserId,
        action: "event.updated",
        targetType: "event",
        targetId: eventId,
        details: { fields: changed },
      });
      return { event, changed, previousSlug: current.slug };
    }),
  );
}
