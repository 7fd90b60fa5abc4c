import "server-only";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { EventValues } from "./event-schema";
import { assertSlugFree, withUniqueSlug } from "./slug-uniqueness";

/**
 * A new draft event of the organisation, with its starting landing page and its audit entry, in one
 * transaction. The page is made by `setUpPage` (lib/pages: the events domain sits below it and cannot import
 * it), so an event never exists without one.
 */
export async function createEvent({
  db,
  orgId,
  actorUserId,
  values,
  setUpPage,
}: {
  db: Db;
  orgId: string;
  actorUserId: string;
  values: EventValues;
  setUpPage: (tx: Db, created: { event: Event; actorUserId: string }) => Promise<void>;
}): Promise<Event> {
  await assertSlugFree(db, values.slug);
  return withUniqueSlug(() =>
    db.transaction(async (tx) => {
      const [event] = await tx
        .insert(events)
        .values({ ...values, orgId, status: "draft" })
        .returning();
      if (!event) throw new Error("event insert returned no row");
      await setUpPage(tx, { event, actorUserId });
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
