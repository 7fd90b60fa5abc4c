import { describe, expect, test } from "vitest";
import { effectiveRetentionDays, retentionDueAt } from "./retention-date";

describe("retentionDueAt", () => {
  test("counts from the end of the event's last local day, in the event's zone", () => {
    // Ends 23:30 on 1 March in Amsterdam (22:30 UTC): the local day ends at midnight 2 March (23:00 UTC 1 March).
    const due = retentionDueAt(
      { endsAt: new Date("2027-03-01T22:30:00Z"), startsAt: null, timeZone: "Europe/Amsterdam" },
      90,
    );
    // 2 March + 90 days = 31 May, midnight Amsterdam summer time (UTC+2).
    expect(due?.toISOString()).toBe("2027-05-30T22:00:00.000Z");
  });

  test("an end that is already the next day in UTC still counts from the local day", () => {
    // 20:00 on 1 March in New York is 01:00 UTC on 2 March; the local day is still 1 March.
    const due = retentionDueAt(
      { endsAt: new Date("2027-03-02T01:00:00Z"), startsAt: null, timeZone: "America/New_York" },
      1,
    );
    // Midnight starting 3 March New York (EST, UTC-5).
    expect(due?.toISOString()).toBe("2027-03-03T05:00:00.000Z");
  });

  test("calendar days across a daylight-saving change, and the boundary instant itself", () => {
    const event = { endsAt: new Date("2027-03-20T12:00:00Z"), startsAt: null, timeZone: "Europe/Amsterdam" };
    const due = retentionDueAt(event, 10)!;
    // 21 March + 10 days = 31 March, midnight CEST (the clocks went forward on 28 March).
    expect(due.toISOString()).toBe("2027-03-30T22:00:00.000Z");
    expect(new Date(due.getTime() - 1) < due).toBe(true);
  });

  test("falls back to the start; an event with no dates is never due", () => {
    expect(
      retentionDueAt(
        { endsAt: null, startsAt: new Date("2027-01-10T10:00:00Z"), timeZone: "UTC" },
        1,
      )?.toISOString(),
    ).toBe("2027-01-12T00:00:00.000Z");
    expect(retentionDueAt({ endsAt: null, startsAt: null, timeZone: "UTC" }, 1)).toBeNull();
  });

  test("the event's override wins over the organisation's default", () => {
    expect(effectiveRetentionDays(null, 90)).toBe(90);
    expect(effectiveRetentionDays(30, 90)).toBe(30);
  });
});
