/**
 * Dates and times as people read them, always in a named time zone and always saying which. One module for
 * attendee pages, attendee emails and the dashboard, so "12 Mar 2027, 14:05 CET" reads the same everywhere.
 *
 * An attendee in Amsterdam reading about a London breakfast must see London times whatever their phone's zone
 * is, and must be told they are London times: every formatter takes the zone explicitly (the event's own;
 * "UTC" where no place applies) and labels it. Pure and client-safe (Intl only, fixed locale), so a server
 * render and a browser render agree.
 */

const LOCALE = "en-GB";

/** ICU puts thin and narrow no-break spaces in ranges; plain spaces keep text searchable and predictable. */
const plainSpaces = (text: string) => text.replace(/[\u2009\u202f]/g, " ");

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl.DateTimeFormat is slow to build and these run for every history row and email: keep one per shape. */
function formatter(shape: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${shape}\u0000${timeZone}`;
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
