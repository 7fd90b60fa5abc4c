import { describe, expect, it } from "vitest";
import { countdownText, durationInWords } from "./countdown-text";

const now = new Date("2026-06-01T10:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe("durationInWords", () => {
  it.each([
    [3 * 24 * 3600_000 + 5 * 3600_000, "3 days"],
    [47 * 3600_000, "47 hours"],
    [2 * 3600_000, "2 hours"],
    [119 * 60_000, "119 minutes"],
    [30_000, "1 minute"],
  ])("%d ms is %s", (ms, words) => expect(durationInWords(ms)).toBe(words));
});

describe("countdownText", () => {
  it("counts down to the opening, then to the close", () => {
    expect(countdownText({ state: "not_yet_open", opensAt: later(3 * 24 * 3600_000) }, now)).toBe(
      "Ordering opens in 3 days",
    );
    expect(countdownText({ state: "open", closesAt: later(5 * 3600_000) }, now)).toBe(
      "Ordering closes in 5 hours",
    );
    expect(countdownText({ state: "open", closesAt: null }, now)).toBe("Ordering is open");
    expect(countdownText({ state: "closed", closedAt: null }, now)).toBe("Ordering has closed");
  });
});
