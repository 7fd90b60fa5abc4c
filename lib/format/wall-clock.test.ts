import { describe, expect, test } from "vitest";
import {
  isLocalDateTime,
  isValidTimeZone,
  timeZoneOptions,
  utcToZonedLocal,
  zonedLocalToUtc,
} from "./wall-clock";

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

  test("Berlin, last Sundays of March and October: the gap moves forward, the repeated hour takes summer time", () => {
    // 28 March 2027: 02:00 CET (UTC+1) becomes 03:00 CEST (UTC+2); 02:00–02:59 do not exist.
    expect(iso("2027-03-28T01:59", "Europe/Berlin")).toBe("2027-03-28T00:59:00.000Z");
    expect(iso("2027-03-28T02:00", "Europe/Berlin")).toBe("2027-03-28T01:00:00.000Z");
    expect(iso("2027-03-28T02:30", "Europe/Berlin")).toBe("2027-03-28T01:30:00.000Z"); // = 03:30 CEST
    expect(iso("2027-03-28T03:00", "Europe/Berlin")).toBe("2027-03-28T01:00:00.000Z");
    // 31 October 2027: 03:00 CEST becomes 02:00 CET; 02:00–02:59 happen twice. TZDate alone gives the
    // second (01:30Z); the first is 00:30Z.
    expect(iso("2027-10-31T02:00", "Europe/Berlin")).toBe("2027-10-31T00:00:00.000Z");
    expect(iso("2027-10-31T02:30", "Europe/Berlin")).toBe("2027-10-31T00:30:00.000Z");
    expect(iso("2027-10-31T02:59", "Europe/Berlin")).toBe("2027-10-31T00:59:00.000Z");
    expect(iso("2027-10-31T03:00", "Europe/Berlin")).toBe("2027-10-31T02:00:00.000Z");
  });

  test("half-hour zones: fixed (Kolkata), with DST (Adelaide), and a 30-minute DST change (Lord Howe)", () => {
    expect(iso("2027-03-28T02:30", "Asia/Kolkata")).toBe("2027-03-27T21:00:00.000Z");
    // Adelaide, UTC+9:30 in winter, +10:30 in summer. 3 October 2027: 02:00 becomes 03:00.
    expect(iso("2027-10-03T02:30", "Australia/Adelaide")).toBe("2027-10-02T17:00:00.000Z"); // = 03:30
    // 4 April 2027: 03:00 becomes 02:00; 02:30 happens twice, first at +10:30.
    expect(iso("2027-04-04T02:30", "Australia/Adelaide")).toBe("2027-04-03T16:00:00.000Z");
    // Lord Howe Island moves by 30 minutes: +10:30 to +11 at 02:00 on 3 October 2027 (02:00–02:29 do not
    // exist), back at 02:00 on 4 April 2027 (01:30–01:59 happen twice).
    expect(iso("2027-10-03T02:15", "Australia/Lord_Howe")).toBe("2027-10-02T15:45:00.000Z"); // = 02:45
    expect(iso("2027-04-04T01:45", "Australia/Lord_Howe")).toBe("2027-04-03T14:45:00.000Z"); // at +11
    expect(iso("2027-04-04T02:00", "Australia/Lord_Howe")).toBe("2027-04-03T15:30:00.000Z");
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

  test.each([
    ["Europe/London", 3_600_000],
    ["Europe/Berlin", 3_600_000],
    ["America/New_York", 3_600_000],
    ["Australia/Lord_Howe", 1_800_000],
  ])(
    "round-trips every half hour around the changes in %s, the repeated hour mapping to its first occurrence",
    (zone, change) => {
      // The weeks around both hemispheres' changes (a whole year is slow on a busy machine).
      const spans: [number, number][] = [
        [Date.UTC(2027, 2, 10), Date.UTC(2027, 3, 10)],
        [Date.UTC(2027, 8, 28), Date.UTC(2027, 10, 10)],
      ];
      for (const [from, to] of spans) {
        for (let t = from; t < to; t += 1_800_000) {
          const local = utcToZonedLocal(new Date(t), zone);
          const back = zonedLocalToUtc(local, zone)!;
          // The second occurrence of the fall-back hour maps to the first, one change earlier.
          expect([0, change]).toContain(t - back.getTime());
          expect(utcToZonedLocal(back, zone)).toBe(local);
        }
      }
    },
    60_000,
  );
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
