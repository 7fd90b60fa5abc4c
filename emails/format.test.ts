import { describe, expect, it } from "vitest";
import { formatMinor } from "./format";

describe("formatMinor", () => {
  it("shows zero as Free", () => {
    expect(formatMinor(0, "EUR")).toBe("Free");
  });

  it("formats minor units with the currency's decimals", () => {
    expect(formatMinor(1250, "EUR")).toBe("€12.50");
    expect(formatMinor(1250, "USD")).toBe("$12.50");
    expect(formatMinor(500, "JPY")).toBe("¥500");
  });

  it("falls back to the code for a currency Intl does not know", () => {
    expect(formatMinor(1999, "X1Y")).toBe("19.99 X1Y");
  });
});
