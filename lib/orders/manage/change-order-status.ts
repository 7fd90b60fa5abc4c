import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, type Order, type OrderStatus } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { limits } from "@/lib/limits";
import { getOrgEvent } from "@/lib/events/org-event";
import { returnVariantStock } from "@/lib/catalog/variant-stock";
import { enqueueCancellationEmail, recordStatusChange } from "../cancel-order";
import { loadBranding, loadOrderLines } from "../order-details";
import { canTransition, isFinal, returnsStock } from "../state-machine";
import { enqueueStatusChangedEmail } from "../status-email";
import { teamStatusLabel } from "./status-labels";
import { dispatchConfirmedOrder } from "@/lib/suppliers/dispatch";
import { tracedTransaction } from "@/lib/observability/traced-transaction";

/**
 * Status changes made by the team (PRODUCT "Status workflow"). Each happens in one transaction with the
 * order row locked, asks the one state machine, writes the history row, the attendee's email (through the
 * outbox) and the audit entry together, and returns stock exactly once when cancelling: a concurrent
 * change (an attendee cancelling, a colleague's bulk change) waits for the lock, then sees the new status.
 */

type EventRef = { id: string; orgId: string; slug: string; name: string; timeZone: string };

type ChangeInput = {
  db: Db;
  orgId: string;
  eventId: string;
  actorUserId: string;
  to: OrderStatus;
  note?: string | null;
};

export type StatusChanged = { orderId: string; reference: string; from: OrderStatus; to: OrderStatus };
export type StatusSkipped = { orderId: string; reference: string; reason: string };

/** Locks the orders in id order (every caller does, so two bulk changes never deadlock), scoped to the event. */
async function lockOrders(tx: Db, event: EventRef, orderIds: readonly string[]): Promise<Order[]> {
  if (orderIds.length === 0) return [];
  return tx
    .select()
    .from(orders)
    .where(and(eq(orders.eventId, event.id), inArray(orders.id, [...orderIds])))
    .orderBy(asc(orders.id))
    .for("update");
}

/** Why a change is not possible from the order's current status, in words for the team. */
export function skipReason(from: OrderStatus, to: OrderStatus): string {
  if (from === to || isFinal(from)) return `already ${teamStatusLabel(from).toLowerCase()}`;
  return `${teamStatusLabel(from).toLowerCase()} orders cannot be marked ${teamStatusLabel(to).toLowerCase()}`;
}

/**
 * Applies one legal change to a locked order: status, history, email, audit. Returns the lines whose stock
 * must go back (empty unless cancelling), so a bulk change can return all of them at once in variant order.
 */
async function apply(
  tx: Db,
  ctx: {
    event: EventRef;
    look: () => Promise<Awaited<ReturnType<typeof loadBranding>>>;
    actorUserId: string;
    note: string | null;
    bulk: boolean;
  },
  order: Order,
  to: OrderStatus,
) {
  await recordStatusChange(tx, {
    orderId: order.id,
    from: order.status,
    to,
    actor: ctx.actorUserId,
    note: ctx.note,
  });
  // Immediate suppliers hear of the order in the same transaction that confirms it (ADR 024).
  if (to === "confirmed") await dispatchConfirmedOrder(tx, { event: ctx.event, orderId: order.id });
  const lines = await loadOrderLines({ db: tx, orderId: order.id });
  if (returnsStock(to)) {
    const { branding } = await ctx.look();
    await enqueueCancellationEmail(tx, { order, event: ctx.event, lines, branding });
  } else if (!order.erasedAt) {
    // After erasure there is no address to write to.
    await enqueueStatusChangedEmail(tx, {
      order,
      event: ctx.event,
      lines,
      look: await ctx.look(),
      toStatus: to,
    });
  }
  await recordAudit(tx, {
    orgId: ctx.event.orgId,
    actorUserId: ctx.actorUserId,
    action: "order.status_changed",
    targetType: "order",
    targetId: order.id,
    // Never the note: it may name the attendee.
    details: { from: order.status, to, reference: order.reference, ...(ctx.bulk ? { bulk: true } : {}) },
  });
  return returnsStock(to) ? lines : [];
}

function brandingLoader(tx: Db, event: EventRef) {
  let cached: ReturnType<typeof loadBranding> | undefined;
  return () => (cached ??= loadBranding({ db: tx, event }));
}

/** One order. An illegal change is refused as a conflict and nothing is written. */
export async function changeOrderStatus(input: ChangeInput & { orderId: string }): Promise<StatusChanged> {
  return tracedTransaction(input.db, "change-order-status", async (tx) => {
    const event = await getOrgEvent({ db: tx, orgId: input.orgId, eventId: input.eventId });
    const [order] = await lockOrders(tx, event, [input.orderId]);
    if (!order) reject("not_found", "This order does not exist.");
    if (!canTransition(order.status, input.to, "team")) {
      reject(
        "conflict",
        `Order ${order.reference} is ${teamStatusLabel(order.status).toLowerCase()}: it cannot be marked ${teamStatusLabel(input.to).toLowerCase()}. Nothing was changed.`,
      );
    }
    const ctx = {
      event,
      look: brandingLoader(tx, event),
      actorUserId: input.actorUserId,
      note: input.note ?? null,
      bulk: false,
    };
    const lines = await apply(tx, ctx, order, input.to);
    // Last, so the variant rows every new order needs stay locked only until commit (ADR 003).
    await returnVariantStock(tx, lines);
    return { orderId: order.id, reference: order.reference, from: order.status, to: input.to };
  });
}

/**
 * Many orders of one event to one status. Every id must be an order of this event (otherwise nothing
 * changes: a foreign id is a forged request, not a skip); orders whose status does not allow the change
 * are skipped with a reason; the rest change together in one transaction.
 */
export async function bulkChangeOrderStatus(
  input: ChangeInput & { orderIds: readonly string[] },
): Promise<{ changed: StatusChanged[]; skipped: StatusSkipped[] }> {
  const ids = [...new Set(input.orderIds)];
  if (ids.length === 0)
    reject("invalid_input", "Choose at least one order.", { orderIds: ["Choose at least one order."] });
  if (ids.length > limits.bulkStatusChangeMax) {
    const message = `At most ${limits.bulkStatusChangeMax} orders can be changed at once.`;
    reject("invalid_input", message, { orderIds: [message] });
  }
  return tracedTransaction(input.db, "change-order-statuses", async (tx) => {
    const event = await getOrgEvent({ db: tx, orgId: input.orgId, eventId: input.eventId });
    const locked = await lockOrders(tx, event, ids);
    if (locked.length !== ids.length) {
      reject("not_found", "Some of these orders do not belong to this event. Nothing was changed.");
    }
    const ctx = {
      event,
      look: brandingLoader(tx, event),
      actorUserId: input.actorUserId,
      note: input.note ?? null,
      bulk: true,
    };
    const changed: StatusChanged[] = [];
    const skipped: StatusSkipped[] = [];
    const toReturn: { variantId: string; quantity: number }[] = [];
    for (const order of locked) {
      if (!canTransition(order.status, input.to, "team")) {
        skipped.push({
          orderId: order.id,
          reference: order.reference,
          reason: skipReason(order.status, input.to),
        });
        continue;
      }
      toReturn.push(...(await apply(tx, ctx, order, input.to)));
      changed.push({ orderId: order.id, reference: order.reference, from: order.status, to: input.to });
    }
    await returnVariantStock(tx, toReturn);
    return { changed, skipped };
  });
}

/** "12 orders marked shipped; 3 skipped (already delivered)". */
export function bulkMessage(
  to: OrderStatus,
  changed: number,
  skipped: readonly { reason: string }[],
): string {
  const word = teamStatusLabel(to).toLowerCase();
  const head = `${changed} ${changed === 1 ? "order" : "orders"} marked ${word}`;
  if (skipped.length === 0) return `${head}.`;
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  // Most common first, then alphabetical: the same selection always reads the same.
  const groups = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const reasons =
    groups.length === 1 ? groups[0]![0] : groups.map(([reason, n]) => `${n} ${reason}`).join(", ");
  return `${head}; ${skipped.length} skipped (${reasons}).`;
}
