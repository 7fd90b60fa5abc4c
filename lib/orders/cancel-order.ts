import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, orders, orderStatusHistory, variants } from "@/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { isDatabaseUnavailable } from "./db-errors";
import { loadBranding, loadFormattedAnswers, loadOrderLines } from "./order-details";
import { UNAVAILABLE_MESSAGE } from "./results";
import { isCancellable, statusLabel } from "./status";
import { hashAccessToken, isWellFormedAccessToken } from "./tokens";

export type CancelOrderResult =
  | { ok: true; order: { id: string; reference: string; status: "cancelled" } }
  | { ok: false; code: "not_found" | "not_cancellable" | "unavailable"; message: string };

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
    return await db.transaction((tx) => cancel(tx, hashAccessToken(token), eventSlug));
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
    .select({ order: orders, event: { id: events.id, slug: events.slug, name: events.name } })
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

  if (!isCancellable(order.status)) {
    const message =
      order.status === "cancelled"
        ? "This order has already been cancelled."
        : `This order is ${statusLabel(order.status).toLowerCase()} and can no longer be cancelled. Please contact the organisers.`;
    throw new CancelRejected({ ok: false, code: "not_cancellable", message });
  }

  await tx
    .update(orders)
    .set({ status: "cancelled", updatedAt: sql`now()` })
    .where(eq(orders.id, order.id));
  const lines = await loadOrderLines({ db: tx, orderId: order.id });
  for (const line of [...lines].sort((a, b) =>
    a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0,
  )) {
    await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} + ${line.quantity}` })
      .where(eq(variants.id, line.variantId));
  }
  await tx
    .insert(orderStatusHistory)
    .values({ orderId: order.id, fromStatus: order.status, toStatus: "cancelled", actor: "attendee" });

  // After erasure there is no address to write to, and nothing personal may be put back into a payload.
  if (!order.erasedAt) {
    const [look, answers] = [
      await loadBranding({ db: tx, event }),
      await loadFormattedAnswers({ db: tx, formVersionId: order.formVersionId, answers: order.answers }),
    ];
    await enqueueEmail(tx, {
      eventId: event.id,
      template: "order-cancelled",
      to: order.attendeeEmail,
      payload: {
        branding: look.branding,
        order: {
          orderId: order.id,
          reference: order.reference,
          attendeeName: order.attendeeName,
          lines: lines.map((l) => ({
            itemName: l.itemName,
            variantLabel: l.variantLabel,
            quantity: l.quantity,
            unitPriceMinor: l.unitPriceMinor,
          })),
          totalMinor: order.totalMinor,
          currency: order.currency,
          answers: answers.map(({ label, value }) => ({ label, value })),
        },
      },
    });
  }

  return { ok: true, order: { id: order.id, reference: order.reference, status: "cancelled" } };
}
