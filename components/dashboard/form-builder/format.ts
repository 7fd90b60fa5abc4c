import { formatShortDateTime } from "@/lib/format/date-time";

/** A moment in the event's time zone, labelled with it, the same on the server and in the browser. */
export function formatMoment(iso: string, timeZone: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatShortDateTime(date, timeZone);
}
