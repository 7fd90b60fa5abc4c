import { describe, expect, it } from "vitest";
import { formatMoney, minorDigits } from "./money";

describe("formatMoney", () => {
  it("shows zero as Free", () => {
    expect(formatMoney(0, "EUR")).toBe("Free");
    expect(formatMoney(0, "JPY")).toBe("Free");
  });

  it("divides by the currency's own minor digits", () => {
    expect(formatMoney(1500, "EUR")).toBe("€15.00");
    expect(formatMoney(1999, "USD")).toBe("$19.99");
    expect(formatMoney(1500, "JPY")).toBe("¥1,500");
    expect(formatMoney(1500, "KWD")).toBe("KWD\u00a01.500");
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("KWD")).toBe(3);
  });

  it("formats for the given locale", () => {
    expect(formatMoney(123456, "EUR", "de-DE")).toBe("1.234,56\u00a0€");
    expect(formatMoney(5, "GBP", "en-GB")).toBe("£0.05");
  });

  it("still shows an amount for an unknown currency code", () => {
    expect(formatMoney(250, "XX1")).toBe("2.50 XX1");
  });
});
