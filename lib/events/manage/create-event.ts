import "server-only";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { EventValues } from "./event-schema";
import { assertSlugFree, withUniqueSlug } from "./slug-uniqueness";

/** A new draft event of the organisation, with its audit entry, in one transaction. */
export async function createEvent({
  db,
  orgId,
  actorUserId,
  values,
}: {
  db: Db;
  orgId: string;
  actorUserId: string;
  values: EventValues;
}): Promise<Event> {
  await assertSlugFree(db, values.slug);
  return withUniqueSlug(() =>
    db.transaction(async (tx) => {
      const [event] = await tx
        .insert(events)
        .values({ ...values, orgId, status: "draft" })
        .returning();
      if (!event) throw new Error("event insert returned no row");
      await recordAudit(tx, {
        orgId,
        actorUserId,
        action: "event.created",
        targetType: "event",
        targetId: event.id,
        details: { slug: event.slug },
      });
      return event;
    }),
  );
}
