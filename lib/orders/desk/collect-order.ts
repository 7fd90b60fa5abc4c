import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, type OrderStatus } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getOrgEvent } from "@/lib/events/org-event";
import { recordStatusChange } from "../cancel-order";
import { loadBranding, loadOrderLines } from "../order-details";
import { canTransition } from "../state-machine";
import { enqueueStatusChangedEmail } from "../status-email";
import { lastCollection } from "./find-desk-order";

/**
 * The desk's one tap (issue 12): the order goes to `collected` through the one state machine. The order row
 * is locked (`FOR UPDATE`) before its status is read, so when two desk phones tap at once the second waits,
 * then sees `collected` and is told who collected it and when; nothing is written twice.
 *
 * Which orders a desk may hand over: confirmed ones, those with a supplier, and those ready for pick-up. A
 * confirmed order walks confirmed → sent_to_supplier → ready_for_pickup → collected, each step in the
 * history as done by the member at the desk (like a supplier's mark, ADR 024); the attendee gets one email.
 * A `placed` order is refused: the organisers have not confirmed it, and confirming it here would send it to
 * immediate suppliers at the moment its goods leave the desk.
 */
export type CollectResult =
  | { ok: true; reference: string; attendeeName: string }
  | {
      ok: false;
      code: "not_found" | "already_collected" | "not_collectable";
      message: string;
      collected?: { at: Date; atText: string; by: string };
    };

const path: readonly OrderStatus[] = ["confirmed", "sent_to_supplier", "ready_for_pickup", "collected"];

/** The steps from `from` to collected, or null when collected is not reachable by the desk. */
export function collectSteps(from: OrderStatus): OrderStatus[] | null {
  const at = path.indexOf(from);
  if (at < 0 || from === "collected") return null;
  return path.slice(at + 1);
}

const refusal: Partial<Record<OrderStatus, string>> = {
  placed: "is not confirmed yet: ask an organiser to confirm it first.",
  cancelled: "was cancelled: hand nothing over.",
  shipped: "was shipped to the attendee: nothing to hand over here.",
  delivered: "was delivered to the attendee: nothing to hand over here.",
};

export async function collectOrder({
  db,
  orgId,
  eventId,
  orderId,
  actorUserId,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  orderId: string;
  actorUserId: string;
}): Promise<CollectResult> {
  return db.transaction(async (tx) => {
    const event = await getOrgEvent({ db: tx, orgId, eventId });
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.eventId, event.id)))
      .for("update");
    if (!order) return { ok: false, code: "not_found", message: "This order is not an order of this event." };

    if (order.status === "collected") {
      const collected = (await lastCollection(tx, order.id, event.timeZone)) ?? undefined;
      const when = collected ? ` ${collected.atText} by ${collected.by}` : "";
      return {
        ok: false,
        code: "already_collected",
        message: `Order ${order.reference} was already collected${when}. Hand nothing over.`,
        collected,
      };
    }
    const steps = collectSteps(order.status);
    if (!steps) {
      const why = refusal[order.status] ?? "cannot be collected now.";
      return {
        ok: false,
        code: "not_collectable",
        message: `Order ${order.reference} ${why} Nothing was changed.`,
      };
    }

    let from: OrderStatus = order.status;
    for (const to of steps) {
      // The state machine stays the authority: a path that stopped being legal fails loudly, not silently.
      if (!canTransition(from, to, "team")) throw new Error(`illegal desk step ${from} → ${to}`);
      await recordStatusChange(tx, { orderId: order.id, from, to, actor: actorUserId, note: "At the desk" });
      from = to;
    }
    if (!order.erasedAt) {
      await enqueueStatusChangedEmail(tx, {
        order,
        event,
        lines: await loadOrderLines({ db: tx, orderId: order.id }),
        look: await loadBranding({ db: tx, event }),
        toStatus: "collected",
      });
    }
    await recordAudit(tx, {
      orgId: event.orgId,
      actorUserId,
      action: "order.status_changed",
      targetType: "order",
      targetId: order.id,
      details: { from: order.status, to: "collected", reference: order.reference, desk: true },
    });
    return { ok: true, reference: order.reference, attendeeName: order.erasedAt ? "" : order.attendeeName };
  });
}
