/**
 * `<input type="datetime-local">` gives a wall-clock time with no zone ("2027-03-03T09:00"). The dashboard
 * reads it in the event's own time zone (an organiser in Berlin setting up a London event types London
 * times), so these convert between that wall clock and the UTC instant stored in the database.
 *
 * Pure and client-safe (Intl only), so the form and the server agree. Around daylight-saving changes:
 * - a wall time that does not exist (the spring-forward gap, 02:30 in Amsterdam on the last Sunday of
 *   March) moves forward by the gap's length (03:30), like Temporal's "compatible" disambiguation;
 * - a wall time that happens twice (the autumn fall-back hour) takes the first occurrence (summer time).
 */

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      era: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone Intl knows ("Europe/Amsterdam", "UTC"); false for anything else, including "". */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zones offered in the dashboard's select: every IANA zone Intl knows, plus UTC (not in that list). */
export function timeZoneOptions(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes("UTC") ? [...zones] : ["UTC", ...zones];
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall clock in `timeZone` at an instant, as if it were a UTC time (milliseconds). */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === "era")?.value;
  const year = era === "BC" || era === "B" ? 1 - get("year") : get("year");
  return Date.UTC(year, get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
}

/** The zone's offset from UTC at an instant, in milliseconds (Amsterdam in summer: +7,200,000). */
function offsetAt(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000; // Intl has second precision
  return wallClockMs(whole, timeZone) - whole;
}

function parseLocal(local: string): WallClock | null {
  const m = LOCAL_PATTERN.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null; // 31 April, 29 February in a common year
  return { year, month, day, hour, minute, second };
}

/** True for the string a datetime-local input produces ("2027-03-03T09:00", optionally with seconds). */
export function isLocalDateTime(local: string): boolean {
  return parseLocal(local) !== null;
}

/**
 * The UTC instant of a wall-clock time in a zone; null when the text is not a datetime-local value or the
 * zone is unknown.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const wall = parseLocal(local);
  if (!wall || !isValidTimeZone(timeZone)) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The offsets in force a day either side cover every real transition (none are closer than that).
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === asUtc)
    .sort((a, b) => a - b);
  // Two candidates: the fall-back hour, take the first. None: the spring-forward gap, read the wall time
  // with the offset from before the change, which lands the gap's length later.
  return new Date(candidates[0] ?? asUtc - before);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The datetime-local value ("2027-03-03T09:00") showing an instant in a zone; "" for null. */
export function utcToZonedLocal(date: Date | null, timeZone: string): string {
  if (!date) return "";
  const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  const wall = new Date(wallClockMs(date.getTime(), zone));
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
  );
}
