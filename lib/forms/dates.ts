/** Calendar dates as the native date input gives them: "YYYY-MM-DD", no time, no zone. */

import { formatCalendarDate } from "@/lib/format/date-time";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (so 2025-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2025-06-01" → "1 June 2025"; used in messages, where an unambiguous written month helps. */
export function formatIsoDate(value: string): string {
  return isIsoDate(value) ? formatCalendarDate(value) : value;
}
