import { describeOrderingWindow, orderingWindow, type OrderingWindowInput } from "@/lib/events/window";
import { failure, type PlaceOrderFailure } from "./results";

/**
 * Whether the event takes orders at `now`, as a failure result when it does not: a draft is "not found"
 * (attendees never learn it exists), otherwise the page's own sentence says when ordering opens or closed,
 * in the event's time zone.
 */
export function orderingRefusal(
  event: OrderingWindowInput & { timeZone: string },
  now: Date,
): PlaceOrderFailure | null {
  if (event.status === "draft") {
    return failure("event_not_found", "This event does not exist or is not open to orders.");
  }
  const window = orderingWindow(event, now);
  if (window.state === "open") return null;
  const message = describeOrderingWindow(window, event.timeZone);
  return failure(window.state === "not_yet_open" ? "ordering_not_open" : "ordering_closed", message);
}
