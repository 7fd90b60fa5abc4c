import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders, supplierDispatches, supplierDispatchLines, type OrderStatus } from "@/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { recordStatusChange } from "@/lib/orders/cancel-order";
import { loadBranding, loadOrderLines } from "@/lib/orders/order-details";
import { orderSnapshot } from "@/lib/orders/order-snapshot";
import { canTransition } from "@/lib/orders/state-machine";
import { hashToken } from "@/lib/crypto/hmac-token";
import { text } from "@/lib/validation/text";
import { resolveSupplierLink } from "./supplier-link";

/** What a supplier may mark from its private list: shipped (with optional tracking) or ready for pickup. */
export const supplierMarkSchema = z.object({
  token: text().max(100),
  orderId: z.uuid("Choose an order"),
  to: z.enum(["shipped", "ready_for_pickup"], "Choose shipped or ready for pickup"),
  trackingNumber: text().trim().max(100, "At most 100 characters").default(""),
  carrier: text().trim().max(60, "At most 60 characters").default(""),
});

/** The rate-limit counter of one private link: named by the token's hash, never by the credential itself. */
export function supplierMarkRateKey(token: string): string {
  return `supplier-mark:link:${hashToken(token)}`;
}

export type SupplierMarkResult =
  | { ok: true; reference: string; to: "shipped" | "ready_for_pickup" }
  | { ok: false; code: "not_found" | "conflict"; message: string };

const NOT_FOUND = {
  ok: false,
  code: "not_found",
  message: "This list or order could not be found.",
} as const;

/**
 * A supplier marks an order it received. The order moves through the one state machine (a confirmed order
 * first becomes sent_to_supplier, then the mark), each step in the history as done by the supplier; the
 * attendee gets one status email. The order row is locked, so two marks at once apply once.
 */
export async function markSupplierOrder(
  db: Db,
  input: z.output<typeof supplierMarkSchema>,
): Promise<SupplierMarkResult> {
  return db.transaction(async (tx) => {
    const link = await resolveSupplierLink(tx, input.token);
    if (!link) return NOT_FOUND;
    // Only orders this supplier received through a dispatch of this event.
    const [received] = await tx
      .select({ orderId: supplierDispatchLines.orderId })
      .from(supplierDispatchLines)
      .innerJoin(supplierDispatches, eq(supplierDispatches.id, supplierDispatchLines.dispatchId))
      .where(
        and(
          eq(supplierDispatchLines.orderId, input.orderId),
          eq(supplierDispatches.supplierId, link.supplier.id),
          eq(supplierDispatches.eventId, link.event.id),
        ),
      )
      .limit(1);
    if (!received) return NOT_FOUND;
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.eventId, link.event.id)))
      .for("update");
    if (!order) return NOT_FOUND;

    const steps: OrderStatus[] = order.status === "confirmed" ? ["sent_to_supplier", input.to] : [input.to];
    let from = order.status;
    for (const to of steps) {
      if (!canTransition(from, to, "team")) {
        return {
          ok: false,
          code: "conflict",
          message:
            from === input.to
              ? `Order ${order.reference} is already marked ${label(input.to)}.`
              : `Order ${order.reference} cannot be marked ${label(input.to)} now (it is ${from.replaceAll("_", " ")}).`,
        } as const;
      }
      const note =
        to === "shipped" && (input.trackingNumber || input.carrier)
          ? `Tracking: ${[input.carrier, input.trackingNumber].filter(Boolean).join(" ")}`
          : null;
      await recordStatusChange(tx, {
        orderId: order.id,
        from,
        to,
        actor: `supplier:${link.supplier.id}`,
        note,
      });
      from = to;
    }
    if (!order.erasedAt) {
      const lines = await loadOrderLines({ db: tx, orderId: order.id });
      const { branding, pickupInfo } = await loadBranding({ db: tx, event: link.event });
      await enqueueEmail(tx, {
        eventId: link.event.id,
        template: "order-status-changed",
        to: order.attendeeEmail,
        payload: {
          branding,
          order: orderSnapshot({ order, lines, timeZone: link.event.timeZone }),
          fromStatus: order.status,
          toStatus: input.to,
          pickupInfo,
        },
      });
    }
    return { ok: true, reference: order.reference, to: input.to } as const;
  });
}

function label(status: "shipped" | "ready_for_pickup"): string {
  return status === "shipped" ? "shipped" : "ready for pickup";
}
