import { describe, expect, test } from "vitest";
import {
  isLocalDateTime,
  isValidTimeZone,
  timeZoneOptions,
  utcToZonedLocal,
  zonedLocalToUtc,
} from "./zoned-time";

const iso = (local: string, zone: string) => zonedLocalToUtc(local, zone)?.toISOString() ?? null;

describe("zonedLocalToUtc", () => {
  test("reads the wall clock in the event's zone, not the machine's", () => {
    expect(iso("2027-03-03T09:00", "Europe/Amsterdam")).toBe("2027-03-03T08:00:00.000Z");
    expect(iso("2027-07-03T09:00", "Europe/Amsterdam")).toBe("2027-07-03T07:00:00.000Z");
    expect(iso("2027-07-03T09:00", "America/New_York")).toBe("2027-07-03T13:00:00.000Z");
    expect(iso("2027-07-03T09:00", "Asia/Kolkata")).toBe("2027-07-03T03:30:00.000Z");
    expect(iso("2027-07-03T09:00", "UTC")).toBe("2027-07-03T09:00:00.000Z");
  });

  test("crosses the date line", () => {
    expect(iso("2027-01-01T00:30", "Pacific/Auckland")).toBe("2026-12-31T11:30:00.000Z");
    expect(iso("2027-01-01T23:30", "Pacific/Honolulu")).toBe("2027-01-02T09:30:00.000Z");
  });

  test("spring forward: a time in the gap moves forward by the gap", () => {
    // Amsterdam, 28 March 2027: 02:00 CET becomes 03:00 CEST; 02:30 never happens.
    expect(iso("2027-03-28T01:59", "Europe/Amsterdam")).toBe("2027-03-28T00:59:00.000Z");
    expect(iso("2027-03-28T02:30", "Europe/Amsterdam")).toBe("2027-03-28T01:30:00.000Z");
    expect(iso("2027-03-28T03:00", "Europe/Amsterdam")).toBe("2027-03-28T01:00:00.000Z");
    // New York, 14 March 2027: 02:00 EST becomes 03:00 EDT.
    expect(iso("2027-03-14T02:15", "America/New_York")).toBe("2027-03-14T07:15:00.000Z");
  });

  test("fall back: an hour that happens twice takes its first occurrence", () => {
    // Amsterdam, 31 October 2027: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
    expect(iso("2027-10-31T02:30", "Europe/Amsterdam")).toBe("2027-10-31T00:30:00.000Z");
    expect(iso("2027-10-31T03:00", "Europe/Amsterdam")).toBe("2027-10-31T02:00:00.000Z");
    expect(iso("2027-10-31T01:59", "Europe/Amsterdam")).toBe("2027-10-30T23:59:00.000Z");
    // New York, 7 November 2027: 01:30 happens twice; first is EDT (UTC-4).
    expect(iso("2027-11-07T01:30", "America/New_York")).toBe("2027-11-07T05:30:00.000Z");
  });

  test("a southern-hemisphere zone changes the other way round", () => {
    // Sydney, 3 October 2027: 02:00 AEST becomes 03:00 AEDT.
    expect(iso("2027-10-03T02:30", "Australia/Sydney")).toBe("2027-10-02T16:30:00.000Z");
    expect(iso("2027-01-15T12:00", "Australia/Sydney")).toBe("2027-01-15T01:00:00.000Z");
  });

  test("refuses what is not a datetime-local value or a known zone", () => {
    expect(zonedLocalToUtc("", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2027-02-29T10:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2027-04-31T10:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2027-01-01T24:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2027-01-01 10:00", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2027-01-01T10:00Z", "UTC")).toBeNull();
    expect(zonedLocalToUtc("2027-01-01T10:00", "Mars/Olympus")).toBeNull();
    expect(zonedLocalToUtc("2027-01-01T10:00", "")).toBeNull();
  });

  test("accepts seconds and leap days", () => {
    expect(iso("2028-02-29T10:00:30", "UTC")).toBe("2028-02-29T10:00:30.000Z");
    expect(isLocalDateTime("2028-02-29T10:00")).toBe(true);
    expect(isLocalDateTime("2027-13-01T10:00")).toBe(false);
  });
});

describe("utcToZonedLocal", () => {
  test("shows the instant on the event's wall clock", () => {
    expect(utcToZonedLocal(new Date("2027-03-03T08:00:00Z"), "Europe/Amsterdam")).toBe("2027-03-03T09:00");
    expect(utcToZonedLocal(new Date("2026-12-31T11:30:00Z"), "Pacific/Auckland")).toBe("2027-01-01T00:30");
    expect(utcToZonedLocal(null, "UTC")).toBe("");
  });

  test("both occurrences of the fall-back hour show the same wall time", () => {
    expect(utcToZonedLocal(new Date("2027-10-31T00:30:00Z"), "Europe/Amsterdam")).toBe("2027-10-31T02:30");
    expect(utcToZonedLocal(new Date("2027-10-31T01:30:00Z"), "Europe/Amsterdam")).toBe("2027-10-31T02:30");
  });

  test("an unknown zone falls back to UTC rather than throwing", () => {
    expect(utcToZonedLocal(new Date("2027-03-03T08:00:00Z"), "Nowhere/Land")).toBe("2027-03-03T08:00");
  });

  test("round-trips every hour of a year with two DST changes, except the gap", () => {
    const zone = "Europe/London";
    for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000) {
      const instant = new Date(t);
      const local = utcToZonedLocal(instant, zone);
      const back = zonedLocalToUtc(local, zone)!;
      // The second occurrence of the fall-back hour maps to the first, an hour earlier.
      expect([0, 3_600_000]).toContain(t - back.getTime());
      expect(utcToZonedLocal(back, zone)).toBe(local);
    }
  });
});

describe("time zones", () => {
  test("knows IANA zones and UTC, refuses the rest", () => {
    expect(isValidTimeZone("Europe/Amsterdam")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  test("the select offers UTC and the IANA zones", () => {
    const options = timeZoneOptions();
    expect(options).toContain("UTC");
    expect(options).toContain("Europe/Amsterdam");
    expect(options.length).toBeGreaterThan(300);
  });
});
