/**
 * The ordering window as attendees see it, and dates written in the event's own time zone (an attendee in
 * Amsterdam reading about a London breakfast must see London times, whatever their phone's zone is).
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

const LOCALE = "en-GB";

/** ICU puts thin and narrow no-break spaces in ranges; plain spaces keep text searchable and predictable. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

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

/** An unknown zone (bad data) must not take the page down: fall back to UTC, which is still labelled. */
export function safeTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat(LOCALE, { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** "Wednesday, 3 March 2027 at 09:00 CET" — weekday, date, time and the zone's abbreviation. */
export function formatDateTime(date: Date, timeZone: string): string {
  return plainSpaces(
    new Intl.DateTimeFormat(LOCALE, {
      timeZone: safeTimeZone(timeZone),
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(date),
  );
}

/** Compact form for lists such as order history: "3 Mar 2027, 09:00 CET". */
export function formatShortDateTime(date: Date, timeZone: string): string {
  return plainSpaces(
    new Intl.DateTimeFormat(LOCALE, {
      timeZone: safeTimeZone(timeZone),
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(date),
  );
}

/** The event's dates: "3 – 5 March 2027", or a single day; null when the organiser set none. */
export function formatEventDates(
  startsAt: Date | null,
  endsAt: Date | null,
  timeZone: string,
): string | null {
  const format = new Intl.DateTimeFormat(LOCALE, {
    timeZone: safeTimeZone(timeZone),
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  if (startsAt && endsAt && endsAt > startsAt) return plainSpaces(format.formatRange(startsAt, endsAt));
  const only = startsAt ?? endsAt;
  return only ? plainSpaces(format.format(only)) : null;
}
