/**
 * "Sun 14 Jun" for a schedule's calendar date (YYYY-MM-DD, already the event's local date: no time zone to
 * convert, so it is formatted as a UTC date to keep the day it names).
 */
export function formatScheduleDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
