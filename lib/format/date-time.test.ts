import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  calendarDayIn,
  formatCalendarDate,
  formatDateTime,
  formatTimeOfDay,
  formatWallClock,
  formatEventDates,
  formatShortDateTime,
  safeTimeZone,
  timeZoneLabel,
} from "./date-time";

const winter = new Date("2027-03-01T08:00:00Z");
const summer = new Date("2027-07-01T08:00:00Z");

describe("formatShortDateTime", () => {
  it("writes the wall clock of the given zone, not the server's, with the zone's name", () => {
    expect(formatShortDateTime(winter, "Europe/Berlin")).toBe("1 Mar 2027, 09:00 CET");
    expect(formatShortDateTime(winter, "Europe/London")).toBe("1 Mar 2027, 08:00 GMT");
    expect(formatShortDateTime(winter, "UTC")).toBe("1 Mar 2027, 08:00 UTC");
  });

  it("follows daylight saving time: the label and the hour change together", () => {
    expect(formatShortDateTime(summer, "Europe/Berlin")).toBe("1 Jul 2027, 10:00 CEST");
    expect(formatShortDateTime(summer, "Europe/London")).toBe("1 Jul 2027, 09:00 BST");
    // Berlin springs forward at 01:00 UTC on 28 March 2027: one minute apart, an hour apart on the clock.
    expect(formatShortDateTime(new Date("2027-03-28T00:59:00Z"), "Europe/Berlin")).toBe(
      "28 Mar 2027, 01:59 CET",
    );
    expect(formatShortDateTime(new Date("2027-03-28T01:00:00Z"), "Europe/Berlin")).toBe(
      "28 Mar 2027, 03:00 CEST",
    );
    // Falling back, 02:30 happens twice: only the label tells them apart.
    expect(formatShortDateTime(new Date("2027-10-31T00:30:00Z"), "Europe/Berlin")).toBe(
      "31 Oct 2027, 02:30 CEST",
    );
    expect(formatShortDateTime(new Date("2027-10-31T01:30:00Z"), "Europe/Berlin")).toBe(
      "31 Oct 2027, 02:30 CET",
    );
  });

  it("moves the date too when the zone is past midnight", () => {
    expect(formatShortDateTime(new Date("2027-03-01T23:30:00Z"), "Asia/Tokyo")).toBe(
      "2 Mar 2027, 08:30 GMT+9 (Tokyo)",
    );
  });

  it("falls back to UTC, labelled, for a zone Intl does not know", () => {
    expect(formatShortDateTime(winter, "Mars/Olympus")).toBe("1 Mar 2027, 08:00 UTC");
    expect(formatShortDateTime(winter, "")).toBe("1 Mar 2027, 08:00 UTC");
  });
});

describe("timeZoneLabel", () => {
  it("uses the common abbreviation where there is one", () => {
    expect(timeZoneLabel(winter, "Europe/Amsterdam")).toBe("CET");
    expect(timeZoneLabel(summer, "Europe/Amsterdam")).toBe("CEST");
    expect(timeZoneLabel(winter, "Europe/Lisbon")).toBe("WET");
  });

  it("names the place when the only name is an offset, so the reader knows which clock", () => {
    expect(timeZoneLabel(winter, "America/New_York")).toBe("GMT-5 (New York)");
    expect(timeZoneLabel(summer, "America/New_York")).toBe("GMT-4 (New York)");
    expect(timeZoneLabel(winter, "Asia/Kolkata")).toBe("GMT+5:30 (Kolkata)");
    expect(timeZoneLabel(winter, "America/Argentina/Buenos_Aires")).toBe("GMT-3 (Buenos Aires)");
  });

  it("adds no place for zones that are not places", () => {
    expect(timeZoneLabel(winter, "UTC")).toBe("UTC");
    // Etc/GMT+5 is five hours *behind* UTC (POSIX sign): a city-like "GMT+5" suffix would mislead.
    expect(timeZoneLabel(winter, "Etc/GMT+5")).toBe("GMT-5");
  });
});

describe("formatDateTime", () => {
  it("writes a full sentence-ready date in the zone, labelled", () => {
    expect(formatDateTime(winter, "Europe/Amsterdam")).toBe("Monday, 1 March 2027 at 09:00 CET");
    expect(formatDateTime(summer, "America/Los_Angeles")).toBe(
      "Thursday, 1 July 2027 at 01:00 GMT-7 (Los Angeles)",
    );
    expect(formatDateTime(winter, "Mars/Olympus")).toContain("08:00 UTC");
  });
});

describe("formatEventDates", () => {
  it("formats ranges and single days in the event's zone", () => {
    expect(formatEventDates(winter, new Date("2027-03-03T08:00:00Z"), "Europe/Amsterdam")).toBe(
      "1 – 3 March 2027",
    );
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    expect(formatEventDates(new Date("2027-03-01T23:30:00Z"), null, "Europe/Amsterdam")).toBe("2 March 2027");
    expect(formatEventDates(null, null, "UTC")).toBeNull();
  });
});

describe("safeTimeZone", () => {
  it("keeps known zones and replaces anything else by UTC", () => {
    expect(safeTimeZone("Europe/Amsterdam")).toBe("Europe/Amsterdam");
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone("")).toBe("UTC");
  });
});

describe("formatWallClock", () => {
  it("writes the zone's wall clock, sortable, across a daylight-saving change", () => {
    expect(formatWallClock(new Date("2027-03-28T00:59:00Z"), "Europe/Berlin")).toBe("2027-03-28 01:59");
    expect(formatWallClock(new Date("2027-03-28T01:00:00Z"), "Europe/Berlin")).toBe("2027-03-28 03:00");
    expect(formatWallClock(new Date("2027-11-07T05:30:00Z"), "America/New_York")).toBe("2027-11-07 01:30");
    expect(formatWallClock(new Date("2027-11-07T06:30:00Z"), "America/New_York")).toBe("2027-11-07 01:30");
    expect(formatWallClock(new Date("2027-03-01T18:29:00Z"), "Asia/Kolkata")).toBe("2027-03-01 23:59");
    expect(formatWallClock(new Date("2027-03-01T00:00:00Z"), "UTC")).toBe("2027-03-01 00:00");
    expect(formatWallClock(new Date("2027-03-01T00:00:00Z"), "Mars/Olympus")).toBe("2027-03-01 00:00");
  });
});

describe("calendarDayIn", () => {
  it("is the day in the zone, which may already be tomorrow or still yesterday", () => {
    const instant = new Date("2027-03-27T23:30:00Z");
    expect(calendarDayIn(instant, "UTC")).toBe("2027-03-27");
    expect(calendarDayIn(instant, "Europe/Berlin")).toBe("2027-03-28");
    expect(calendarDayIn(instant, "America/New_York")).toBe("2027-03-27");
    expect(calendarDayIn(new Date("2027-03-27T18:29:00Z"), "Asia/Kolkata")).toBe("2027-03-27");
    expect(calendarDayIn(new Date("2027-03-27T18:30:00Z"), "Asia/Kolkata")).toBe("2027-03-28");
  });
});

describe("formatCalendarDate", () => {
  it("writes a date without a time the same in every zone", () => {
    expect(formatCalendarDate("2025-06-01")).toBe("1 June 2025");
    expect(formatCalendarDate("2025-03-03", { month: "short", weekday: true, year: false })).toBe(
      "Mon 3 Mar",
    );
    expect(formatCalendarDate("2025-03-03", { month: "short" })).toBe("3 Mar 2025");
  });

  it("returns text that is not a date as it is", () => {
    expect(formatCalendarDate("soon")).toBe("soon");
    expect(formatCalendarDate("2025-13-45")).toBe("2025-13-45");
  });
});

describe("formatTimeOfDay", () => {
  it("writes hours and minutes on a 24-hour clock in the given zone", () => {
    expect(formatTimeOfDay(new Date("2027-07-01T12:05:00Z"), "Europe/Berlin")).toBe("14:05");
    expect(formatTimeOfDay(new Date("invalid"))).toBe("");
  });
});

describe("one module formats dates and times", () => {
  it("no other module builds an Intl.DateTimeFormat or formats a date with the machine's locale and zone", () => {
    const result = spawnSync(
      "git",
      [
        "grep",
        "-lE",
        "Intl\\.DateTimeFormat\\(|toLocale(Date|Time)String\\(",
        "--",
        "app",
        "components",
        "emails",
        "lib",
        "db",
        ":!lib/format/date-time.ts",
      ],
      { cwd: path.join(import.meta.dirname, "../.."), encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(1); // git grep: 1 is "nothing found"
    expect(result.stdout).toBe("");
  });
});
