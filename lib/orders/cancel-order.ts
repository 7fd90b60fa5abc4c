import "server-only";
import { returnVariantStock } from "@/lib/catalog/variant-stock";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, orders, orderStatusHistory, type Order, type OrderStatus } from "@/db/schema";
import { orderSnapshot } from "@/lib/orders/order-snapshot";
import { enqueueEmail } from "@/lib/mail/outbox";
import { isDatabaseUnavailable } from "@/lib/db-errors/classify";
import type { Branding } from "@/lib/events/page-branding";
import { loadBranding, loadFormattedAnswers, loadOrderLines } from "./order-details";
import { UNAVAILABLE_MESSAGE } from "./results";
import { maintenanceRefusal, refusesWrites } from "@/lib/maintenance/mode";
import { effectiveFromColumns, storedGlobalMessageSql, storedGlobalModeSql } from "@/lib/maintenance/store";
import { statusLabel } from "@/lib/format/order-status-labels";
import { isCancellable } from "./state-machine";
import { hashAccessToken, isWellFormedAccessToken } from "@/lib/crypto/order-token";
import { notifySuppliersOfCancellation } from "@/lib/suppliers/cancellation-notice";
import { tracedTransaction } from "@/lib/observability/traced-transaction";

export type CancelOrderResult =
  | { ok: true; order: { id: string; reference: string; status: "cancelled" } }
  | { ok: false; code: "not_found" | "not_cancellable" | "unavailable" | "maintenance"; message: string };

class CancelRejected extends Error {
  constructor(readonly result: Extract<CancelOrderResult, { ok: false }>) {
    super(result.message);
  }
}

const NOT_FOUND = { ok: false, code: "not_found", message: "We could not find this order." } as const;

/**
 * The attendee cancels with their private token. One transaction: the order row is locked first, so a
 * second cancel (double tap, two tabs) waits, then sees "cancelled" and returns no stock; the stock goes
 * back in variant id order, the same order placing takes it, so the two never deadlock.
 */
export async function cancelOrderByToken({
  db,
  token,
  eventSlug,
}: {
  db: Db;
  token: string;
  eventSlug?: string;
}): Promise<CancelOrderResult> {
  if (!isWellFormedAccessToken(token)) return NOT_FOUND;
  try {
    return await tracedTransaction(db, "cancel-order", (tx) => cancel(tx, hashAccessToken(token), eventSlug));
  } catch (error) {
    if (error instanceof CancelRejected) return error.result;
    if (isDatabaseUnavailable(error)) return { ok: false, code: "unavailable", message: UNAVAILABLE_MESSAGE };
    throw error;
  }
}

async function cancel(
  tx: Db,
  accessTokenHash: string,
  eventSlug: string | undefined,
): Promise<CancelOrderResult> {
  const [row] = await tx
    .select({
      order: orders,
      event: { id: events.id, slug: events.slug, name: events.name, timeZone: events.timeZone },
      maintenance: {
        eventMode: events.maintenanceMode,
        eventMessage: events.maintenanceMessage,
        globalMode: storedGlobalModeSql,
        globalMessage: storedGlobalMessageSql,
      },
    })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .where(
      and(
        eq(orders.accessTokenHash, accessTokenHash),
        eventSlug === undefined ? undefined : eq(events.slug, eventSlug.toLowerCase()),
      ),
    )
    .limit(1)
    .for("update", { of: orders });
  if (!row) throw new CancelRejected(NOT_FOUND);
  const { order, event } = row;

  // Maintenance (read-only or closed) refuses before anything changes (ADR 027).
  const maintenance = effectiveFromColumns(row.maintenance);
  if (refusesWrites(maintenance.mode)) {
    throw new CancelRejected({ ok: false, code: "maintenance", message: maintenanceRefusal(maintenance) });
  }

  if (!isCancellable(order.status)) {
    const message =
      order.status === "cancelled"
        ? "This order has already been cancelled."
        : `This order is ${statusLabel(order.status).toLowerCase()} and can no longer be cancelled. Please contact the organisers.`;
    throw new CancelRejected({ ok: false, code: "not_cancellable", message });
  }

  await recordStatusChange(tx, { orderId: order.id, from: order.status, to: "cancelled", actor: "attendee" });
  const lines = await loadOrderLines({ db: tx, orderId: order.id });
  await enqueueCancellationEmail(tx, { order, event, lines });
  // Last, so the variant rows (which every new order of the event needs) stay locked only until commit.
  await returnVariantStock(tx, lines);

  return { ok: true, order: { id: order.id, reference: order.reference, status: "cancelled" } };
}

/**
 * Sets the order's status and writes its history row. The caller has locked the order row and asked the
 * state machine; shared by the attendee's cancel and the dashboard's status changes.
 */
export async function recordStatusChange(
  tx: Db,
  change: { orderId: string; from: OrderStatus; to: OrderStatus; actor: string; note?: string | null },
): Promise<void> {
  await tx
    .update(orders)
    .set({ status: change.to, updatedAt: sql`now()` })
    .where(eq(orders.id, change.orderId));
  await tx.insert(orderStatusHistory).values({
    orderId: change.orderId,
    fromStatus: change.from,
    toStatus: change.to,
    actor: change.actor,
    note: change.note ?? null,
  });
  // Every cancellation path (attendee, team, bulk) comes through here: suppliers that already have the order
  // are told in the same transaction (ADR 024).
  if (change.to === "cancelled") await notifySuppliersOfCancellation(tx, { orderId: change.orderId });
}

/** The "order cancelled" email, unless the order's personal data was erased (no address, nothing to put back). */
export async function enqueueCancellationEmail(
  tx: Db,
  {
    order,
    event,
    lines,
    branding,
  }: {
    order: Order;
    event: { id: string; slug: string; name: string; timeZone: string };
    lines: Awaited<ReturnType<typeof loadOrderLines>>;
    /** Already loaded by a caller cancelling many orders of one event. */
    branding?: Branding;
  },
): Promise<void> {
  if (order.erasedAt) return;
  const look = branding ?? (await loadBranding({ db: tx, event })).branding;
  const answers = await loadFormattedAnswers({
    db: tx,
    formVersionId: order.formVersionId,
    answers: order.answers,
    timeZone: event.timeZone,
  });
  await enqueueEmail(tx, {
    eventId: event.id,
    template: "order-cancelled",
    to: order.attendeeEmail,
    payload: {
      branding: look,
      order: {
        ...orderSnapshot({ order, lines, timeZone: event.timeZone }),
        answers: answers.map(({ label, value }) => ({ label, value })),
      },
    },
  });
}
