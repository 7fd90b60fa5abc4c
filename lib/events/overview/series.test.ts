import { describe, expect, test } from "vitest";
import { addDays, dayIn, daysBetween } from "./days";
import { buildDailySeries, chartRange, niceScale } from "./series";

describe("days", () => {
  test("step through a daylight-saving change one calendar day at a time", () => {
    // Europe/Amsterdam springs forward on 2025-03-30 and falls back on 2025-10-26.
    expect(addDays("2025-03-29", 1)).toBe("2025-03-30");
    expect(addDays("2025-03-30", 1)).toBe("2025-03-31");
    expect(addDays("2025-10-26", 1)).toBe("2025-10-27");
    expect(daysBetween("2025-03-28", "2025-04-02")).toBe(5);
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  test("an instant falls on the day of the event's zone", () => {
    const instant = new Date("2025-03-29T23:30:00Z");
    expect(dayIn(instant, "UTC")).toBe("2025-03-29");
    expect(dayIn(instant, "Europe/Amsterdam")).toBe("2025-03-30");
    expect(dayIn(instant, "America/New_York")).toBe("2025-03-29");
  });
});

describe("buildDailySeries", () => {
  test("fills the days without orders across a DST change with zeros", () => {
    const series = buildDailySeries({
      counts: [
        { day: "2025-03-28", count: 2 },
        { day: "2025-03-31", count: 3 },
      ],
      from: "2025-03-28",
      to: "2025-04-01",
    });
    expect(series.days).toEqual([
      { day: "2025-03-28", count: 2, cumulative: 2 },
      { day: "2025-03-29", count: 0, cumulative: 2 },
      { day: "2025-03-30", count: 0, cumulative: 2 },
      { day: "2025-03-31", count: 3, cumulative: 5 },
      { day: "2025-04-01", count: 0, cumulative: 5 },
    ]);
    expect(series.total).toBe(5);
    expect(series.earlier).toBeNull();
    expect(series.peak).toEqual({ day: "2025-03-31", count: 3 });
  });

  test("keeps the last 90 days and sums what came before", () => {
    const counts = [
      { day: "2025-01-01", count: 4 },
      { day: "2025-01-10", count: 6 },
      { day: "2025-04-15", count: 1 },
      { day: "2025-05-31", count: 2 },
    ];
    const series = buildDailySeries({ counts, from: "2025-01-01", to: "2025-05-31" });
    expect(series.days).toHaveLength(90);
    expect(series.days[0]!.day).toBe("2025-03-03");
    expect(series.days[89]!.day).toBe("2025-05-31");
    expect(series.earlier).toEqual({ orders: 10, days: 61, until: "2025-03-02" });
    // The running total includes the earlier orders, so the last day shows the event's total.
    expect(series.days[89]!.cumulative).toBe(13);
    expect(series.total).toBe(13);
  });

  test("exactly 90 days are not cut", () => {
    const series = buildDailySeries({ counts: [], from: "2025-01-01", to: addDays("2025-01-01", 89) });
    expect(series.days).toHaveLength(90);
    expect(series.earlier).toBeNull();
    expect(series.peak).toBeNull();
  });
});

describe("chartRange", () => {
  const base = {
    timeZone: "Europe/Amsterdam",
    orderingOpensAt: null,
    orderingClosesAt: null,
  };

  test("no orders and ordering not open: nothing to draw", () => {
    expect(chartRange({ ...base, today: "2025-03-10", firstOrderDay: null, lastOrderDay: null })).toBeNull();
    expect(
      chartRange({
        ...base,
        today: "2025-03-10",
        firstOrderDay: null,
        lastOrderDay: null,
        orderingOpensAt: new Date("2025-04-01T08:00:00Z"),
      }),
    ).toBeNull();
  });

  test("from the opening of ordering (or an earlier first order) to today", () => {
    const opens = new Date("2025-03-01T08:00:00Z");
    expect(
      chartRange({
        ...base,
        today: "2025-03-10",
        firstOrderDay: null,
        lastOrderDay: null,
        orderingOpensAt: opens,
      }),
    ).toEqual({ from: "2025-03-01", to: "2025-03-10" });
    expect(
      chartRange({
        ...base,
        today: "2025-03-10",
        firstOrderDay: "2025-03-04",
        lastOrderDay: "2025-03-09",
        orderingOpensAt: opens,
      }),
    ).toEqual({ from: "2025-03-01", to: "2025-03-10" });
  });

  test("ends when ordering closed, but never before the last order", () => {
    expect(
      chartRange({
        ...base,
        today: "2025-06-01",
        firstOrderDay: "2025-03-04",
        lastOrderDay: "2025-03-09",
        orderingClosesAt: new Date("2025-03-20T23:30:00Z"), // 00:30 on 21 March in Amsterdam (UTC+1)
      }),
    ).toEqual({ from: "2025-03-04", to: "2025-03-21" });
    expect(
      chartRange({
        ...base,
        today: "2025-06-01",
        firstOrderDay: "2025-03-04",
        lastOrderDay: "2025-03-25",
        orderingClosesAt: new Date("2025-03-20T12:00:00Z"),
      }),
    ).toEqual({ from: "2025-03-04", to: "2025-03-25" });
  });
});

describe("niceScale", () => {
  test.each([
    [0, 1, 1],
    [1, 1, 1],
    [3, 3, 1],
    [7, 8, 2],
    [13, 15, 5],
    [87, 100, 20],
    [1234, 1250, 250],
  ])("max %i -> axis to %i in steps of %i", (max, top, step) => {
    expect(niceScale(max)).toEqual({ max: top, step });
  });
});
