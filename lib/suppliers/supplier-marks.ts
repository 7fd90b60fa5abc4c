import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { orders, orderStatusHistory, type Order, type OrderStatus } from "@/db/schema";
import { recordStatusChange } from "@/lib/orders/cancel-order";
import { loadBranding, loadOrderLines } from "@/lib/orders/order-details";
import { canTransition } from "@/lib/orders/state-machine";
import { enqueueStatusChangedEmail } from "@/lib/orders/status-email";
import { hashToken } from "@/lib/crypto/hmac-token";
import { text } from "@/lib/validation/text";
import { orderLinesForDecision, recordLineMarks, supplierLinesOfOrder } from "./line-marks";
import { orderStatusFromMarks, type LineMark } from "./order-status-from-marks";
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
  | {
      ok: true;
      reference: string;
      to: LineMark;
      /** How many of the order's lines were this supplier's and are now marked. */
      lines: number;
      /** The whole order took the mark (every supplier line marked alike, none left to the organisers). */
      orderMoved: boolean;
    }
  | { ok: false; code: "not_found" | "conflict"; message: string };

const NOT_FOUND = {
  ok: false,
  code: "not_found",
  message: "This list or order could not be found.",
} as const;

/** Statuses in which a supplier's lines may still be marked: the order is with the suppliers. */
const MARKABLE: readonly OrderStatus[] = ["confirmed", "sent_to_supplier"];

/**
 * A supplier marks its lines of an order it received (ADR 033). The mark is recorded on the supplier's own
 * dispatched lines; the order's status moves (through the one state machine, a confirmed order first becoming
 * sent_to_supplier) only when every line a supplier handles is marked alike and none is the organisers'.
 * The order row is locked before any mark is read, so two suppliers marking at once take turns and the second
 * sees the first's mark: the order moves once and the attendee gets exactly one email per mark (one, not two,
 * when the last mark moves the order).
 */
export async function markSupplierOrder(
  db: Db,
  input: z.output<typeof supplierMarkSchema>,
): Promise<SupplierMarkResult> {
  return db.transaction(async (tx) => {
    const link = await resolveSupplierLink(tx, input.token);
    if (!link) return NOT_FOUND;
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, input.orderId), eq(orders.eventId, link.event.id)))
      .for("update");
    if (!order) return NOT_FOUND;
    // Only lines this supplier received through a dispatch of this event; another supplier's are invisible.
    const mine = await supplierLinesOfOrder(tx, {
      orderId: order.id,
      supplierId: link.supplier.id,
      eventId: link.event.id,
    });
    if (mine.length === 0) return NOT_FOUND;

    const unmarked = mine.filter((l) => l.mark === null);
    if (unmarked.length === 0) {
      const already = mine[0]!.mark!;
      return conflict(`Order ${order.reference} is already marked ${label(already)}.`);
    }
    if (!MARKABLE.includes(order.status)) {
      return conflict(
        order.status === input.to
          ? `Order ${order.reference} is already marked ${label(input.to)}.`
          : `Order ${order.reference} cannot be marked ${label(input.to)} now (it is ${order.status.replaceAll("_", " ")}).`,
      );
    }

    const marked = await recordLineMarks(tx, {
      lineIds: unmarked.map((l) => l.lineId),
      mark: input.to,
      trackingNumber: input.trackingNumber,
      carrier: input.carrier,
    });
    const tracking = input.to === "shipped" ? trackingText(input) : "";
    const actor = `supplier:${link.supplier.id}`;
    const decision = orderStatusFromMarks(await orderLinesForDecision(tx, order.id));

    if (decision.move) {
      const steps: OrderStatus[] =
        order.status === "confirmed" ? ["sent_to_supplier", decision.to] : [decision.to];
      let from = order.status;
      for (const to of steps) {
        // MARKABLE above and the decision's two targets keep every step legal; ask anyway, as every path does.
        if (!canTransition(from, to, "team")) throw new Error(`illegal supplier step ${from} → ${to}`);
        await recordStatusChange(tx, {
          orderId: order.id,
          from,
          to,
          actor,
          note: to === decision.to && tracking ? `Tracking: ${tracking}` : null,
        });
        from = to;
      }
    } else {
      // Not a status change: a history entry that keeps the status, by the supplier, saying what it marked.
      await tx.insert(orderStatusHistory).values({
        orderId: order.id,
        fromStatus: order.status,
        toStatus: order.status,
        actor,
        note: markNote(link.supplier.name, marked.length, input.to, tracking),
      });
    }

    if (!order.erasedAt) {
      await emailAttendee(tx, {
        order,
        event: link.event,
        toStatus: decision.move ? decision.to : order.status,
        part: decision.move
          ? undefined
          : { mark: input.to, lines: unmarked.filter((l) => marked.includes(l.lineId)) },
        tracking,
      });
    }
    return {
      ok: true,
      reference: order.reference,
      to: input.to,
      lines: marked.length,
      orderMoved: decision.move,
    } as const;
  });
}

/** One email per mark: the status change when the order moved, else only this supplier's part. */
async function emailAttendee(
  tx: Db,
  {
    order,
    event,
    toStatus,
    part,
    tracking,
  }: {
    order: Order;
    event: { id: string; name: string; slug: string; timeZone: string };
    toStatus: OrderStatus;
    part:
      | {
          mark: LineMark;
          lines: { itemName: string; variantLabel: string; singleVariant: boolean; quantity: number }[];
        }
      | undefined;
    tracking: string;
  },
) {
  await enqueueStatusChangedEmail(tx, {
    order,
    event,
    lines: await loadOrderLines({ db: tx, orderId: order.id }),
    look: await loadBranding({ db: tx, event }),
    toStatus,
    // The outbox's schema keeps only the fields the email shows of each line.
    extra: { tracking, ...(part ? { part } : {}) },
  });
}

function conflict(message: string) {
  return { ok: false, code: "conflict", message } as const;
}

function trackingText(input: { carrier: string; trackingNumber: string }): string {
  return [input.carrier, input.trackingNumber].filter(Boolean).join(" ");
}

/** "Acme marked 2 lines shipped (DHL 123)". */
export function markNote(supplierName: string, lines: number, mark: LineMark, tracking: string): string {
  const what = `${supplierName} marked ${lines} ${lines === 1 ? "line" : "lines"} ${label(mark)}`;
  return tracking ? `${what} (${tracking})` : what;
}

function label(status: LineMark): string {
  return status === "shipped" ? "shipped" : "ready for pickup";
}
