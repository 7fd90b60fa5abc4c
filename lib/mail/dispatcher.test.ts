import { describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { retryDelayMs } from "./dispatcher";

const top = () => 1 - Number.EPSILON;

describe("retryDelayMs", () => {
  it("doubles from the base with each attempt", () => {
    expect(retryDelayMs(1, top)).toBe(limits.outboxBaseBackoffMs);
    expect(retryDelayMs(2, top)).toBe(limits.outboxBaseBackoffMs * 2);
    expect(retryDelayMs(4, top)).toBe(limits.outboxBaseBackoffMs * 8);
  });

  it("jitters between half and all of the delay", () => {
    expect(retryDelayMs(3, () => 0)).toBe(limits.outboxBaseBackoffMs * 2);
    const samples = Array.from({ length: 200 }, () => retryDelayMs(3));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(limits.outboxBaseBackoffMs * 2);
    expect(Math.max(...samples)).toBeLessThanOrEqual(limits.outboxBaseBackoffMs * 4);
    expect(new Set(samples).size).toBeGreaterThan(1);
  });

  it("never exceeds the maximum backoff", () => {
    expect(retryDelayMs(40, top)).toBe(limits.outboxMaxBackoffMs);
    expect(retryDelayMs(1000, top)).toBe(limits.outboxMaxBackoffMs);
  });
});
