import type { OrderStatus } from "@/db/schema";

/**
 * The order workflow (PRODUCT "Status workflow"): placed → confirmed → sent_to_supplier → shipped |
 * ready_for_pickup → delivered | collected, and cancelled from any state before shipping. The one place that
 * says which status change is legal; every status change (attendee, organiser, bulk, API) asks it.
 */
const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  placed: ["confirmed", "cancelled"],
  confirmed: ["sent_to_supplier", "cancelled"],
  sent_to_supplier: ["shipped", "ready_for_pickup", "cancelled"],
  shipped: ["delivered"],
  ready_for_pickup: ["collected"],
  delivered: [],
  collected: [],
  cancelled: [],
};

/** Who asks: attendees may only cancel, and only before the supplier has the order. */
export type StatusActor = "attendee" | "team";

export function nextStatuses(from: OrderStatus, actor: StatusActor = "team"): readonly OrderStatus[] {
  if (actor === "attendee") return from === "placed" || from === "confirmed" ? ["cancelled"] : [];
  return transitions[from];
}

export function canTransition(from: OrderStatus, to: OrderStatus, actor: StatusActor = "team"): boolean {
  return nextStatuses(from, actor).includes(to);
}

export function isFinal(status: OrderStatus): boolean {
  return transitions[status].length === 0;
}

/** Cancelling returns stock; so does nothing else. */
export function returnsStock(to: OrderStatus): boolean {
  return to === "cancelled";
}

/**
 * Whether the attendee may still cancel. Narrower than the organiser's rule (anything before shipping):
 * once the supplier has the order, only the organisers can stop it.
 */
export function isCancellable(status: OrderStatus): boolean {
  return canTransition(status, "cancelled", "attendee");
}
