import type { OrderStatus } from "@/db/schema/orders";

/**
 * Statuses as the team reads them in the dashboard (attendees read lib/format/order-status-labels.ts, which says
 * "Being prepared" where the team needs "Sent to supplier"). Pure: client components may import it.
 */
const labels: Record<OrderStatus, string> = {
  placed: "Placed",
  confirmed: "Confirmed",
  sent_to_supplier: "Sent to supplier",
  shipped: "Shipped",
  ready_for_pickup: "Ready for pick-up",
  delivered: "Delivered",
  collected: "Collected",
  cancelled: "Cancelled",
};

export function teamStatusLabel(status: OrderStatus): string {
  return labels[status] ?? status;
}
