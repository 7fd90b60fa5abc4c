import "server-only";
import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, formVersions, orders, orderStatusHistory, users, type OrderStatus } from "@/db/schema";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { formatAnswers } from "@/lib/forms/format-answers";
import { getOrgEvent } from "@/lib/events/org-event";
import { formatShortDateTime } from "@/lib/format/date-time";
import { loadOrderLines } from "../order-details";
import { teamStatusLabel } from "../manage/status-labels";
import { normaliseDeskReference } from "./desk-reference";

/**
 * What the collection desk sees of an order (issue 12): the name and what to hand over. Answers (dietary
 * needs, sizes asked as questions) only for members who may read personal data; desk staff get null, so
 * nothing beyond the name and the items reaches their phone.
 */
export type DeskOrder = {
  id: string;
  reference: string;
  status: OrderStatus;
  statusLabel: string;
  /** Empty when the order's personal data was erased. */
  attendeeName: string;
  lines: { itemName: string; variantLabel: string; singleVariant: boolean; quantity: number }[];
  answers: { label: string; value: string }[] | null;
  /** When and by whom it was collected, if it was. */
  collected: { at: Date; atText: string; by: string } | null;
};

export type DeskLookup =
  | { kind: "found"; order: DeskOrder }
  /** The reference is an order of another event of this organisation: say which, show nothing else. */
  | { kind: "other_event"; reference: string; eventName: string }
  | { kind: "unknown"; reference: string };

/** The name a desk shows for whoever collected: a member's name or email, never their id. */
export function collectorName(user: { name: string | null; email: string | null } | null): string {
  if (!user) return "someone no longer in the team";
  return user.name?.trim() || user.email || "a team member";
}

/** The order of this event with this reference, as the desk shows it. */
export async function findDeskOrder({
  db,
  orgId,
  eventId,
  reference,
  showAnswers,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  reference: string;
  showAnswers: boolean;
}): Promise<DeskLookup> {
  const event = await getOrgEvent({ db, orgId, eventId });
  const wanted = normaliseDeskReference(reference);
  const [row] = await db
    .select({ order: orders, fields: formVersions.fields })
    .from(orders)
    .leftJoin(formVersions, eq(formVersions.id, orders.formVersionId))
    .where(and(eq(orders.eventId, event.id), eq(orders.reference, wanted)))
    .limit(1);
  if (!row) {
    // Same organisation, another event: a QR code from last year's badge, or the wrong desk.
    const [other] = await db
      .select({ eventName: events.name })
      .from(orders)
      .innerJoin(events, eq(events.id, orders.eventId))
      .where(and(eq(events.orgId, orgId), ne(events.id, event.id), eq(orders.reference, wanted)))
      .limit(1);
    return other
      ? { kind: "other_event", reference: wanted, eventName: other.eventName }
      : { kind: "unknown", reference: wanted };
  }
  return {
    kind: "found",
    order: await toDeskOrder(db, row.order, row.fields ?? null, showAnswers, event.timeZone),
  };
}

async function toDeskOrder(
  db: Db,
  order: typeof orders.$inferSelect,
  fields: FieldDefinition[] | null,
  showAnswers: boolean,
  timeZone: string,
): Promise<DeskOrder> {
  const [lines, collected] = await Promise.all([
    loadOrderLines({ db, orderId: order.id }),
    order.status === "collected" ? lastCollection(db, order.id, timeZone) : Promise.resolve(null),
  ]);
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    statusLabel: teamStatusLabel(order.status),
    attendeeName: order.erasedAt ? "" : order.attendeeName,
    lines: lines.map((l) => ({
      itemName: l.itemName,
      variantLabel: l.variantLabel,
      singleVariant: l.singleVariant,
      quantity: l.quantity,
    })),
    answers: showAnswers
      ? formatAnswers({ fields: fields ?? [], answers: order.answers, maskPersonal: false }).map((a) => ({
          label: a.label,
          value: a.value,
        }))
      : null,
    collected,
  };
}

/** Who marked the order collected and when (the newest such history row). */
export async function lastCollection(
  db: Db,
  orderId: string,
  timeZone: string,
): Promise<{ at: Date; atText: string; by: string } | null> {
  const [row] = await db
    .select({ at: orderStatusHistory.createdAt, user: { name: users.name, email: users.email } })
    .from(orderStatusHistory)
    // The actor is a user id for team changes ("supplier:…" or "attendee" otherwise): those match no user.
    .leftJoin(users, sql`${users.id}::text = ${orderStatusHistory.actor}`)
    .where(and(eq(orderStatusHistory.orderId, orderId), eq(orderStatusHistory.toStatus, "collected")))
    .orderBy(desc(orderStatusHistory.createdAt))
    .limit(1);
  return row
    ? { at: row.at, atText: formatShortDateTime(row.at, timeZone), by: collectorName(row.user) }
    : null;
}
