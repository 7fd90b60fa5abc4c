import "server-only";
import { and, asc, count, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getOrgEvent } from "@/lib/events/org-event";
import { eraseOrdersPersonalData } from "./erase-orders";
import { exportOrders, orderIdsByEmail } from "./export-data";

/**
 * An owner answering a request by letter or email (issue 13, ADR 026): how many orders an address has per
 * event (counts only, never the orders themselves), its export, its erasure across the organisation, and an
 * event's erasure now. The caller has checked "privacy.manage"; every query is scoped to the organisation.
 */

export type OrdersPerEvent = { eventId: string; eventName: string; orders: number; erased: number };

const normalise = (email: string) => email.trim().toLowerCase();

/** The confirmation step of an erasure by email: per event, how many orders match and how many are erased. */
export async function countOrdersByEmail(
  db: Db,
  { orgId, email }: { orgId: string; email: string },
): Promise<OrdersPerEvent[]> {
  const rows = await db
    .select({
      eventId: events.id,
      eventName: events.name,
      orders: count(orders.id),
      erased: count(orders.erasedAt),
    })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .where(and(eq(events.orgId, orgId), eq(orders.emailNormalised, normalise(email))))
    .groupBy(events.id, events.name)
    .orderBy(asc(events.name));
  return rows.map((r) => ({ ...r, orders: Number(r.orders), erased: Number(r.erased) }));
}

/** Every event of the organisation with its order counts: what "erase an event's data now" chooses from. */
export async function countOrdersPerEvent(db: Db, { orgId }: { orgId: string }): Promise<OrdersPerEvent[]> {
  const rows = await db
    .select({
      eventId: events.id,
      eventName: events.name,
      orders: count(orders.id),
      erased: sql<number>`count(*) filter (where ${isNotNull(orders.erasedAt)})`,
    })
    .from(events)
    .leftJoin(orders, eq(orders.eventId, events.id))
    .where(eq(events.orgId, orgId))
    .groupBy(events.id, events.name)
    .orderBy(asc(events.name));
  return rows.map((r) => ({ ...r, orders: Number(r.orders), erased: Number(r.erased) }));
}

/** The export document of every order of an address in the organisation, written to the audit log. */
export async function exportByEmail(
  db: Db,
  { orgId, email, userId }: { orgId: string; email: string; userId: string },
) {
  const ids = await orderIdsByEmail(db, { orgId, email });
  const document = await exportOrders(db, ids);
  await recordAudit(db, {
    orgId,
    actorUserId: userId,
    action: "privacy.data_exported",
    targetType: "organisation",
    targetId: orgId,
    details: { actor: "user", orders: document.orders.length },
  });
  return document;
}

/** Erases every order of an address across the organisation's events (the engine audits with counts). */
export async function eraseByEmail(
  db: Db,
  { orgId, email, userId }: { orgId: string; email: string; userId: string },
) {
  return eraseOrdersPersonalData(db, {
    selector: { orgId, email: normalise(email) },
    reason: "owner_request",
    actor: { kind: "user", userId },
  });
}

/** Erases an event's orders now, before its retention date. Another organisation's event is not found. */
export async function eraseEventNow(
  db: Db,
  { orgId, eventId, userId }: { orgId: string; eventId: string; userId: string },
) {
  const event = await getOrgEvent({ db, orgId, eventId });
  const totals = await eraseOrdersPersonalData(db, {
    selector: { eventId: event.id },
    reason: "owner_request",
    actor: { kind: "user", userId },
  });
  return { eventName: event.name, orders: totals.orders };
}
