import { TZDate, tzOffset } from "@date-fns/tz";
import { safeTimeZone } from "./date-time";

/**
 * `<input type="datetime-local">` gives a wall-clock time with no zone ("2027-03-03T09:00"). The dashboard
 * reads it in the event's own time zone (an organiser in Berlin setting up a London event types London
 * times), so these convert between that wall clock and the UTC instant stored in the database. The zone
 * arithmetic is @date-fns/tz's (the IANA rules through Intl), not ours.
 *
 * Around daylight-saving changes (Temporal's "compatible" disambiguation, which calendars also use):
 * - a wall time that does not exist (the spring-forward gap: 02:30 in Berlin on the last Sunday of March)
 *   moves forward by the gap's length (03:30 CEST): the organiser meant "after 02:00", and an ordering
 *   window must not open before the hour they typed;
 * - a wall time that happens twice (the autumn fall-back hour: 02:30 in Berlin on the last Sunday of
 *   October) takes the first occurrence (02:30 CEST, 00:30 UTC), so a window opens at the earliest moment
 *   the clock showed that time. TZDate alone picks either occurrence depending on the zone (the second in
 *   Berlin, the first in New York), so the first is chosen here explicitly.
 *
 * Pure and client-safe, so the event form and the server agree.
 */

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** True for a zone Intl knows ("Europe/Amsterdam", "UTC"); false for anything else, including "". */
export function isValidTimeZone(timeZone: string): boolean {
  return timeZone !== "" && safeTimeZone(timeZone) === timeZone;
}

/** The zones offered in the dashboard's select: every IANA zone Intl knows, plus UTC (not in that list). */
export function timeZoneOptions(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes("UTC") ? [...zones] : ["UTC", ...zones];
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

function sameWallClock(instantMs: number, timeZone: string, wall: WallClock): boolean {
  const at = new TZDate(instantMs, timeZone);
  return (
    at.getFullYear() === wall.year &&
    at.getMonth() + 1 === wall.month &&
    at.getDate() === wall.day &&
    at.getHours() === wall.hour &&
    at.getMinutes() === wall.minute &&
    at.getSeconds() === wall.second
  );
}

/**
 * The UTC instant of a wall-clock time in a zone; null when the text is not a datetime-local value or the
 * zone is unknown.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const wall = parseLocal(local);
  if (!wall || !isValidTimeZone(timeZone)) return null;
  const { year, month, day, hour, minute, second } = wall;
  // A gap resolves forward; a repeated time may resolve to either occurrence (see above).
  const picked = new TZDate(year, month - 1, day, hour, minute, second, timeZone).getTime();
  // The first occurrence of a repeated time is earlier by the change's size (an hour, 30 minutes on Lord
  // Howe Island), under the offset in force a day before.
  const shiftMs =
    (tzOffset(timeZone, new Date(picked - 86_400_000)) - tzOffset(timeZone, new Date(picked))) * 60_000;
  if (shiftMs > 0 && sameWallClock(picked - shiftMs, timeZone, wall)) return new Date(picked - shiftMs);
  return new Date(picked);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The datetime-local value ("2027-03-03T09:00") showing an instant in a zone; "" for null. */
export function utcToZonedLocal(date: Date | null, timeZone: string): string {
  if (!date) return "";
  const at = new TZDate(date.getTime(), safeTimeZone(timeZone));
  return (
    `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
    `T${pad(at.getHours())}:${pad(at.getMinutes())}`
  );
}
