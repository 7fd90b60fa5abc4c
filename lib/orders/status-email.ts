import "server-only";
import type { Db } from "@/db/client";
import type { Order, OrderStatus } from "@/db/schema";
import type { MessagePayload } from "@/emails/messages";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { loadBranding, loadOrderLines } from "./order-details";
import { orderSnapshot } from "./order-snapshot";

type StatusChanged = MessagePayload<"order-status-changed">;

/**
 * The attendee's status email (emails/order-status-changed.tsx) through the outbox, in the caller's
 * transaction: the organisers' status changes, the desk's "collected" and a supplier's mark all send this one.
 * `extra` carries a supplier's tracking and, for a mark that leaves the status alone, its part (ADR 033).
 */
export async function enqueueStatusChangedEmail(
  tx: Db,
  {
    order,
    event,
    lines,
    look,
    toStatus,
    extra = {},
  }: {
    order: Order;
    event: { id: string; timeZone: string };
    lines: Awaited<ReturnType<typeof loadOrderLines>>;
    look: Awaited<ReturnType<typeof loadBranding>>;
    toStatus: OrderStatus;
    extra?: Pick<StatusChanged, "tracking" | "part">;
  },
): Promise<void> {
  await enqueueEmail(tx, {
    eventId: event.id,
    template: "order-status-changed",
    to: order.attendeeEmail,
    payload: {
      branding: look.branding,
      order: orderSnapshot({ order, lines, timeZone: event.timeZone }),
      fromStatus: order.status,
      toStatus,
      pickupInfo: look.pickupInfo,
      ...extra,
    },
  });
}
