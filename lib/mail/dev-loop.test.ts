import { afterEach, describe, expect, it, vi } from "vitest";
import { shouldRunOutboxInProcess, startDevOutboxLoop, stopDevOutboxLoop } from "./dev-loop";

afterEach(() => {
  stopDevOutboxLoop();
  vi.restoreAllMocks();
});

describe("in-process outbox loop", () => {
  it("runs unless OUTBOX_IN_PROCESS=false", () => {
    expect(shouldRunOutboxInProcess({ OUTBOX_IN_PROCESS: undefined })).toBe(true);
    expect(shouldRunOutboxInProcess({ OUTBOX_IN_PROCESS: true })).toBe(true);
    expect(shouldRunOutboxInProcess({ OUTBOX_IN_PROCESS: false })).toBe(false);
  });

  it("starts one unref'd timer per process however often it is called", () => {
    const setIntervalSpy = vi.spyOn(globalThis, "setInterval");
    expect(startDevOutboxLoop({ intervalMs: 3_600_000 })).toBe(true);
    expect(startDevOutboxLoop({ intervalMs: 3_600_000 })).toBe(true);
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    const timer = setIntervalSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
  });
});
