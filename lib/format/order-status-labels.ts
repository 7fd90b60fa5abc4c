import type { OrderStatus } from "@/db/schema";

/** Every order status in workflow order, with what the attendee reads on their "my order" page. */
export const orderStatuses = [
  { status: "placed", label: "Order placed", description: "We have your order." },
  { status: "confirmed", label: "Confirmed", description: "The organisers have confirmed your order." },
  { status: "sent_to_supplier", label: "Being prepared", description: "Your order is with the supplier." },
  { status: "shipped", label: "Shipped", description: "Your order is on its way." },
  { status: "ready_for_pickup", label: "Ready for pick-up", description: "Your order is waiting for you." },
  { status: "delivered", label: "Delivered", description: "Your order has been delivered." },
  { status: "collected", label: "Collected", description: "You have collected your order." },
  { status: "cancelled", label: "Cancelled", description: "This order was cancelled." },
] as const satisfies readonly { status: OrderStatus; label: string; description: string }[];

const byStatus = new Map<OrderStatus, (typeof orderStatuses)[number]>(
  orderStatuses.map((s) => [s.status, s]),
);

export function statusLabel(status: OrderStatus): string {
  return byStatus.get(status)?.label ?? status;
}

export function statusDescription(status: OrderStatus): string {
  return byStatus.get(status)?.description ?? "";
}
