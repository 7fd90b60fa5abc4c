import { describe, expect, it } from "vitest";
import { formatDateTime, formatRelative } from "./format-time";

describe("dashboard time stamps", () => {
  const now = new Date("2030-05-10T12:00:00Z");
  it("formats absolute times in UTC", () => {
    expect(formatDateTime(new Date("2030-05-01T09:30:00Z"))).toBe("1 May 2030, 09:30 UTC");
  });
  it("formats relative times in the past and the future", () => {
    expect(formatRelative(new Date("2030-05-10T11:59:50Z"), now)).toBe("just now");
    expect(formatRelative(new Date("2030-05-10T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatRelative(new Date("2030-05-09T12:00:00Z"), now)).toBe("yesterday");
    expect(formatRelative(new Date("2030-05-17T12:00:00Z"), now)).toBe("next week");
    expect(formatRelative(new Date("2030-05-13T12:00:00Z"), now)).toBe("in 3 days");
  });
});
