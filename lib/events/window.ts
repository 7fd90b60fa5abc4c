import { formatDateTime } from "@/lib/format/date-time";

/**
 * The ordering window as attendees see it, with its times in the event's own time zone (lib/format/date-time).
 * Pure functions: `now` is a parameter so pages and tests agree on the instant.
 * The order transaction enforces the window itself; this only decides what the page shows.
 */

export type OrderingWindowInput = {
  status: "draft" | "published" | "closed" | "archived";
  orderingOpensAt: Date | null;
  orderingClosesAt: Date | null;
};

export type OrderingWindow =
  | { state: "open"; closesAt: Date | null }
  | { state: "not_yet_open"; opensAt: Date }
  | { state: "closed"; closedAt: Date | null };

export function orderingWindow(event: OrderingWindowInput, now: Date = new Date()): OrderingWindow {
  if (event.status === "closed" || event.status === "archived") {
    // Closed by hand: only claim a date when the scheduled close has actually passed.
    const closedAt = event.orderingClosesAt && event.orderingClosesAt <= now ? event.orderingClosesAt : null;
    return { state: "closed", closedAt };
  }
  if (event.status === "draft") return { state: "closed", closedAt: null };
  if (event.orderingOpensAt && now < event.orderingOpensAt)
    return { state: "not_yet_open", opensAt: event.orderingOpensAt };
  if (event.orderingClosesAt && now >= event.orderingClosesAt)
    return { state: "closed", closedAt: event.orderingClosesAt };
  return { state: "open", closesAt: event.orderingClosesAt };
}

/** One sentence for the page: "Ordering opens on …", "Ordering closed on …", "Order until …". */
export function describeOrderingWindow(window: OrderingWindow, timeZone: string): string {
  switch (window.state) {
    case "not_yet_open":
      return `Ordering opens on ${formatDateTime(window.opensAt, timeZone)}.`;
    case "closed":
      return window.closedAt
        ? `Ordering closed on ${formatDateTime(window.closedAt, timeZone)}.`
        : "Ordering is closed.";
    case "open":
      return window.closesAt
        ? `Order until ${formatDateTime(window.closesAt, timeZone)}.`
        : "Ordering is open.";
  }
}
