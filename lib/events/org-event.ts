import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import { isUuid } from "@/lib/format/uuid";

/**
 * One event of the organisation: where every dashboard query about an event starts, so an event id from the
 * browser is only trusted after this join. Another organisation's event, a missing one and a malformed id are
 * all NotFoundError, so a refusal never reveals that something exists.
 */
export async function getOrgEvent({
  db,
  orgId,
  eventId,
  lock = false,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  /** Lock the row for the rest of the transaction, so concurrent changes to the event queue up. */
  lock?: boolean;
}): Promise<Event> {
  if (!isUuid(eventId)) throw new NotFoundError("event");
  const query = db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.orgId, orgId)));
  const [event] = lock ? await query.for("update") : await query;
  if (!event) throw new NotFoundError("event");
  return event;
}
