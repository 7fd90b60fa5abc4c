import { describe, expect, test } from "vitest";
import { calibratedCpuSlowdown } from "./cpu-calibration";

const multiplierOf = (index: number) => {
  const c = calibratedCpuSlowdown(index);
  if (!c.ok) throw new Error(c.message);
  return c.multiplier;
};

describe("calibratedCpuSlowdown: the Lighthouse team's CPU throttling calculator", () => {
  // The reference points written beside the calculator's formula (index → multiplier).
  test.each([
    [150, 1],
    [800, 2],
    [1300, 3],
    [1533, 4],
    [1766, 5],
    [2000, 6],
  ])("index %d → %d×", (index, multiplier) => {
    expect(multiplierOf(index)).toBe(multiplier);
  });

  test("is linear between the reference points, rounded to one decimal like the calculator's command", () => {
    expect(multiplierOf(475)).toBe(1.5); // halfway 150 → 800
    expect(multiplierOf(1050)).toBe(2.5); // halfway 800 → 1300
    expect(multiplierOf(1168)).toBe(2.7); // ADR 016's quiet machine: 2 + 368/500 = 2.736
    expect(multiplierOf(2233)).toBe(7); // beyond the last point the top piece continues
  });

  test("carries the calculator's confidence range around the unrounded multiplier", () => {
    expect(calibratedCpuSlowdown(475)).toMatchObject({ range: [1.25, 1.75] });
    expect(calibratedCpuSlowdown(1050)).toMatchObject({ range: [1.75, 3.25] });
    const top = calibratedCpuSlowdown(2000);
    if (!top.ok) throw new Error("expected a multiplier");
    // 6.004× with a spread of max(3.004, 1.5, 1.8): 4.50–7.51
    expect(top.range[0]).toBeCloseTo(4.502, 2);
    expect(top.range[1]).toBeCloseTo(7.506, 2);
  });

  test("Lighthouse's default 4× is the calibrated figure only for an index near 1533", () => {
    expect(multiplierOf(1533)).toBe(4);
    expect(multiplierOf(1000)).toBeLessThan(4);
    expect(multiplierOf(1800)).toBeGreaterThan(4); // a fast host is throttled harder, not only a slow one less
  });

  test.each([149, 0, -1])("refuses index %d: too slow to emulate the target phone", (index) => {
    const c = calibratedCpuSlowdown(index);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.message).toMatch(/too slow/);
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses a missing index (%d)", (index) => {
    const c = calibratedCpuSlowdown(index);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.message).toMatch(/no benchmark index/);
  });
});
