import { describe, expect, it } from "vitest";
import {
  formatDateTime,
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
