import { formatShortDateTime } from "@/lib/format/date-time";

/**
 * Dashboard time stamps, rendered on the server: absolute in UTC (every reader sees the same moment, and the
 * server has no idea of the reader's zone) and relative to the time of rendering.
 */
export function formatDateTime(date: Date): string {
  return formatShortDateTime(date, "UTC");
}

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function formatRelative(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return Math.abs(seconds) < 45 ? "just now" : relative.format(seconds, "second");
}
