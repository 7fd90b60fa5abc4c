import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  events,
  orders,
  outboxMessages,
  supplierDispatches,
  supplierDispatchLines,
  suppliers,
} from "@/db/schema";
import { loadFormattedAnswers, loadOrderLines, loadStatusHistory } from "@/lib/orders/order-details";

/** Bumped when the shape changes, so a reader of an old file knows what it holds. */
export const EXPORT_FORMAT = "swagstand.personal-data.v1";

export type OrderExport = Awaited<ReturnType<typeof exportOneOrder>>;

/**
 * Everything Swagstand holds about one order (issue 13, "a copy of one's data"): the attendee's details, every
 * answer (raw and as displayed), lines, status history, the emails sent to them and which suppliers received
 * the order. The team's internal notes are left out: they are the organisers' working notes (ADR 026).
 */
async function exportOneOrder(db: Db, orderId: string) {
  const [row] = await db
    .select({
      order: orders,
      event: { id: events.id, name: events.name, slug: events.slug, timeZone: events.timeZone },
    })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .where(eq(orders.id, orderId))
    .limit(1);
  if (!row) return null;
  const { order, event } = row;
  // Sequential: callers may pass a transaction (one connection).
  const lines = await loadOrderLines({ db, orderId });
  const history = await loadStatusHistory({ db, orderId });
  const answers = order.erasedAt
    ? []
    : await loadFormattedAnswers({
        db,
        formVersionId: order.formVersionId,
        answers: order.answers,
        timeZone: event.timeZone,
      });
  const emails = await db
    .select({
      template: outboxMessages.template,
      to: outboxMessages.toAddress,
      status: outboxMessages.status,
      createdAt: outboxMessages.createdAt,
      sentAt: outboxMessages.sentAt,
    })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.eventId, event.id), eq(outboxMessages.toAddress, order.attendeeEmail)))
    .orderBy(asc(outboxMessages.createdAt));
  const dispatched = await db
    .selectDistinct({
      supplier: suppliers.name,
      at: supplierDispatches.createdAt,
      kind: supplierDispatches.kind,
    })
    .from(supplierDispatchLines)
    .innerJoin(supplierDispatches, eq(supplierDispatches.id, supplierDispatchLines.dispatchId))
    .innerJoin(suppliers, eq(suppliers.id, supplierDispatches.supplierId))
    .where(eq(supplierDispatchLines.orderId, orderId));
  return {
    event: { name: event.name, slug: event.slug },
    reference: order.reference,
    placedAt: order.createdAt.toISOString(),
    status: order.status,
    attendee: { name: order.attendeeName, email: order.attendeeEmail },
    answers: {
      raw: order.answers,
      displayed: answers.map((a) => ({ key: a.key, label: a.label, value: a.value })),
    },
    lines: lines.map((l) => ({
      item: l.itemName,
      variant: l.variantLabel,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
    })),
    totalMinor: order.totalMinor,
    currency: order.currency,
    paymentStatus: order.paymentStatus,
    history: history.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      by: h.actor === "attendee" ? "you" : h.actor === "system" ? "system" : "organisers",
      at: h.createdAt.toISOString(),
    })),
    emails: emails.map((m) => ({
      template: m.template,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
    sharedWithSuppliers: dispatched.map((d) => ({
      supplier: d.supplier,
      kind: d.kind,
      at: d.at.toISOString(),
    })),
    erased: order.erasedAt ? { at: order.erasedAt.toISOString(), reason: order.erasureReason } : null,
  };
}

/** The export document for some orders (one for the attendee's link; all of an address for an owner). */
export async function exportOrders(db: Db, orderIds: string[], now = new Date()) {
  const exported = [];
  for (const id of orderIds) {
    const one = await exportOneOrder(db, id);
    if (one) exported.push(one);
  }
  return { format: EXPORT_FORMAT, exportedAt: now.toISOString(), orders: exported };
}

/** The orders of one email address across an organisation's events (an owner's request by letter). */
export async function orderIdsByEmail(db: Db, { orgId, email }: { orgId: string; email: string }) {
  const rows = await db
    .select({ id: orders.id })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .where(and(eq(events.orgId, orgId), eq(orders.emailNormalised, email.trim().toLowerCase())))
    .orderBy(asc(orders.createdAt));
  return rows.map((r) => r.id);
}
