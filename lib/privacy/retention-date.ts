import { TZDate } from "@date-fns/tz";
import { safeTimeZone } from "@/lib/format/date-time";

/**
 * When an event's personal data is due for erasure: the end of the event's last day in its own time zone
 * (midnight that starts the next local day), plus `days` calendar days. Calendar days, not 24-hour blocks, so
 * a daylight-saving change in between moves nothing; the event's own zone, so "90 days after the event" means
 * what the attendees there read. The event's end is `endsAt`, else `startsAt`; an event with neither is
 * never due (there is nothing to count from).
 */
export function retentionDueAt(
  event: { endsAt: Date | null; startsAt: Date | null; timeZone: string },
  days: number,
): Date | null {
  const end = event.endsAt ?? event.startsAt;
  if (!end) return null;
  const zone = safeTimeZone(event.timeZone);
  const local = new TZDate(end.getTime(), zone);
  const due = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1 + days, 0, 0, 0, zone);
  return new Date(due.getTime());
}

/** The period that applies: the event's override, else the organisation's default. */
export function effectiveRetentionDays(eventDays: number | null, organisationDefault: number): number {
  return eventDays ?? organisationDefault;
}
