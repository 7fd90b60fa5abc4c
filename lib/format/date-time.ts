/**
 * Dates and times as people read them, always in a named time zone and always saying which. One module for
 * attendee pages, attendee emails and the dashboard, so "12 Mar 2027, 14:05 CET" reads the same everywhere.
 *
 * An attendee in Amsterdam reading about a London breakfast must see London times whatever their phone's zone
 * is, and must be told they are London times: every formatter takes the zone explicitly (the event's own;
 * "UTC" where no place applies) and labels it. Pure and client-safe (Intl only, fixed locale), so a server
 * render and a browser render agree.
 *
 * The only module that builds an Intl.DateTimeFormat: machine formats (a sortable wall clock for tables and
 * CSV, calendar days for charts) and calendar dates without a time ("1 June 2025") live here too. Turning a
 * typed wall-clock time back into an instant is ./wall-clock.ts (daylight-saving rules via @date-fns/tz).
 */

const LOCALE = "en-GB";

/** ICU puts thin and narrow no-break spaces in ranges; plain spaces keep text searchable and predictable. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl.DateTimeFormat is slow to build and these run for every history row and email: keep one per shape. */
function formatter(shape: string, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${shape}\u0000${timeZone ?? "local"}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** An unknown zone (bad data) must not take a page or an email down: fall back to UTC, which is still labelled. */
export function safeTimeZone(timeZone: string): string {
  if (!timeZone) return "UTC";
  try {
    formatter("probe", timeZone, {});
    return timeZone;
  } catch {
    return "UTC";
  }
}

/**
 * The zone as a reader knows it at that instant: "CET" in winter and "CEST" in summer, "GMT"/"BST" in
 * London, "UTC". Where the locale has no common abbreviation ICU gives only an offset ("GMT-5"); an offset
 * alone does not tell an attendee which place is meant, so the zone's city is added: "GMT-5 (New York)".
 */
export function timeZoneLabel(date: Date, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  const parts = formatter("zone", zone, { timeZoneName: "short" }).formatToParts(date);
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
  const city = cityOf(zone);
  return /^GMT[+-]/.test(name) && city ? `${name} (${city})` : name;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires"; null for zones that are not places ("UTC", "Etc/GMT+5"). */
function cityOf(timeZone: string): string | null {
  if (!timeZone.includes("/") || timeZone.startsWith("Etc/")) return null;
  return timeZone.slice(timeZone.lastIndexOf("/") + 1).replaceAll("_", " ");
}

/** "Wednesday, 3 March 2027 at 09:00 CET": for sentences such as "Ordering opens on …". */
export function formatDateTime(date: Date, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  const wall = formatter("long", zone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return plainSpaces(`${wall} ${timeZoneLabel(date, zone)}`);
}

/** "3 Mar 2027, 09:00 CET": compact, for lists such as an order's history and for emails. */
export function formatShortDateTime(date: Date, timeZone: string): string {
  const zone = safeTimeZone(timeZone);
  const wall = formatter("short", zone, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
  return plainSpaces(`${wall} ${timeZoneLabel(date, zone)}`);
}

/** An event's dates: "3 – 5 March 2027", or a single day; null when the organiser set none. Days need no label. */
export function formatEventDates(
  startsAt: Date | null,
  endsAt: Date | null,
  timeZone: string,
): string | null {
  const format = formatter("dates", safeTimeZone(timeZone), {
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  if (startsAt && endsAt && endsAt > startsAt) return plainSpaces(format.formatRange(startsAt, endsAt));
  const only = startsAt ?? endsAt;
  return only ? plainSpaces(format.format(only)) : null;
}

/** The parts of a formatted date by type (year, month, day, hour…), for machine formats built from them. */
function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/**
 * "2025-06-01 14:05": the zone's wall clock, sortable and unlabelled, for an orders table and CSV export whose
 * column names the zone. Called for every row of a 100,000-order export, so the formatter is cached.
 */
export function formatWallClock(date: Date, timeZone: string): string {
  const p = partsOf(
    formatter("wall", safeTimeZone(timeZone), {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }),
    date,
  );
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "2025-06-01": the calendar day an instant falls on in a zone (23:30 UTC is already tomorrow in Berlin). */
export function calendarDayIn(date: Date, timeZone: string): string {
  const p = partsOf(
    formatter("day", safeTimeZone(timeZone), { year: "numeric", month: "2-digit", day: "2-digit" }),
    date,
  );
  return `${p.year}-${p.month}-${p.day}`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date with no time and no zone ("2025-06-01", as a date input or a chart gives it) for people:
 * "1 June 2025" by default, "Mon 3 Mar" or "3 Mar 2025" with options. Text that is not such a date is
 * returned as it is. Formatted in UTC on purpose: the date is already the one meant, no zone may shift it.
 */
export function formatCalendarDate(
  day: string,
  {
    month = "long",
    weekday = false,
    year = true,
  }: { month?: "long" | "short"; weekday?: boolean; year?: boolean } = {},
): string {
  const match = CALENDAR_DATE.exec(day);
  if (!match) return day;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  // 2025-02-30 would roll over into March: not a date, so shown as typed.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return day;
  const shape = `calendar-${month}-${weekday ? "w" : ""}-${year ? "y" : ""}`;
  return formatter(shape, "UTC", {
    day: "numeric",
    month,
    ...(weekday ? { weekday: "short" } : {}),
    ...(year ? { year: "numeric" } : {}),
  }).format(date);
}

/**
 * "14:05" on the reader's own clock (the browser's zone when none is given): only for "saved at" notes about
 * something the reader did a moment ago, where their own clock is the one they expect.
 */
export function formatTimeOfDay(date: Date, timeZone?: string): string {
  if (Number.isNaN(date.getTime())) return "";
  const zone = timeZone === undefined ? undefined : safeTimeZone(timeZone);
  return formatter("time", zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}
