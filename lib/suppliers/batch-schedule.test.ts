import { describe, expect, test } from "vitest";
import { batchDue } from "./batch-schedule";

const base = {
  dailyAt: null,
  timeZone: "Europe/Amsterdam",
  orderingClosesAt: new Date("2026-06-01T16:00:00Z"),
  eventStatus: "published",
};

describe("batch schedule", () => {
  test("window close: due once the window has closed, or the event was closed by hand", () => {
    const before = new Date("2026-06-01T15:59:59Z");
    const after = new Date("2026-06-01T16:00:00Z");
    expect(batchDue({ ...base, schedule: "window_close", now: before })).toEqual({ due: false });
    expect(batchDue({ ...base, schedule: "window_close", now: after })).toMatchObject({ due: true });
    expect(
      batchDue({
        ...base,
        schedule: "window_close",
        orderingClosesAt: null,
        eventStatus: "closed",
        now: before,
      }),
    ).toMatchObject({ due: true, trigger: "window_close" });
  });

  test("daily: due from the local time on, keyed by the local date", () => {
    // 16:05 UTC is 18:05 in Amsterdam (summer time).
    const now = new Date("2026-06-01T16:05:00Z");
    expect(batchDue({ ...base, schedule: "daily", dailyAt: "18:00", now })).toEqual({
      due: true,
      trigger: "daily",
      keyPart: "2026-06-01",
    });
    expect(batchDue({ ...base, schedule: "daily", dailyAt: "18:10", now })).toEqual({ due: false });
  });

  test("manual: never due by itself", () => {
    expect(batchDue({ ...base, schedule: "manual", now: new Date("2030-01-01") })).toEqual({ due: false });
  });
});
