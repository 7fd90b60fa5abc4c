import { calendarDayIn, formatCalendarDate } from "@/lib/format/date-time";

/**
 * Calendar days as "YYYY-MM-DD" strings in an event's time zone. The chart counts days, not 24-hour spans:
 * stepping through dates as dates (UTC arithmetic on a date with no time) never skips or repeats a day
 * across a daylight-saving change, which adding 86,400,000 ms to a local midnight would.
 */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(day: Day): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMs(ms: number): Day {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: Day, count: number): Day {
  return fromUtcMs(toUtcMs(day) + count * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

/** The calendar day an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): Day {
  return calendarDayIn(instant, timeZone);
}

/** "Mon 3 Mar" (or with the year, "3 Mar 2025"), for labels; the day is already in the event's zone. */
export function formatDay(day: Day, options: { weekday?: boolean; year?: boolean } = {}): string {
  return formatCalendarDate(day, { month: "short", weekday: options.weekday, year: options.year ?? false });
}

export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return a >= b ? a : b;
}
