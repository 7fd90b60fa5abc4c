import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";

/**
 * Reading an organisation's events for the dashboard. Every query is scoped by the organisation: an event id
 * from the browser that belongs to someone else is simply not found (NotFoundError), never a hint.
 */

export type EventSummary = Pick<
  Event,
  "id" | "name" | "slug" | "status" | "timeZone" | "startsAt" | "endsAt" | "currency"
> & {
  /** Orders that still count: every status but cancelled. */
  orders: number;
  /** Items not archived. */
  items: number;
  /** Stock left over the variants of those items. */
  unitsLeft: number;
};

/** Drizzle writes a column inside a selected sql`` unqualified, which the subqueries would capture. */
const eventIdRef = sql.raw(`"events"."id"`);

/** The organisation home: every event with its key numbers, archived ones last, newest first. */
export async function listOrgEvents({ db, orgId }: { db: Db; orgId: string }): Promise<EventSummary[]> {
  // Correlated subqueries: each is one index lookup per event (orders_event_status_created_idx,
  // items_event_id_idx, variants_event_id_idx), so the list stays cheap however many orders an event has.
  return db
    .select({
      id: events.id,
      name: events.name,
      slug: events.slug,
      status: events.status,
      timeZone: events.timeZone,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      currency: events.currency,
      orders: sql<number>`(select count(*) from orders o
        where o.event_id = ${eventIdRef} and o.status <> 'cancelled')`.mapWith(Number),
      items: sql<number>`(select count(*) from items i
        where i.event_id = ${eventIdRef} and i.archived_at is null)`.mapWith(Number),
      unitsLeft: sql<number>`(select coalesce(sum(v.stock), 0) from variants v
        join items i on i.id = v.item_id
        where v.event_id = ${eventIdRef} and i.archived_at is null)`.mapWith(Number),
    })
    .from(events)
    .where(eq(events.orgId, orgId))
    .orderBy(
      sql`${events.status} = 'archived'`,
      desc(events.startsAt),
      desc(events.createdAt),
      asc(events.id),
    );
}

/** Whether another event (of any organisation: slugs are platform-wide) already uses the slug. */
export async function isSlugTaken({
  db,
  slug,
  exceptEventId,
}: {
  db: Db;
  slug: string;
  exceptEventId?: string;
}): Promise<boolean> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug)).limit(1);
  return row !== undefined && row.id !== exceptEventId;
}
