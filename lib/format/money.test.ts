import { describe, expect, it } from "vitest";
import { formatAmount, formatMoney, minorDigits, minorToDecimal } from "./money";

describe("minorDigits", () => {
  it("is the currency's own number of minor digits, whatever the locale", () => {
    expect(minorDigits("EUR")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("KWD")).toBe(3);
    expect(minorDigits("BHD")).toBe(3);
  });

  it("is 2 for a code Intl refuses", () => {
    expect(minorDigits("EURO")).toBe(2);
    expect(minorDigits("")).toBe(2);
  });
});

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
    expect(formatMoney(1, "KWD")).toBe("KWD\u00a00.001");
  });

  it("formats for the given locale", () => {
    expect(formatMoney(123456, "EUR", "de-DE")).toBe("1.234,56\u00a0€");
    expect(formatMoney(5, "GBP", "en-GB")).toBe("£0.05");
    expect(formatMoney(1500, "JPY", "de-DE")).toBe("1.500\u00a0¥");
  });

  it("still shows an honest amount for an unknown currency code or locale", () => {
    expect(formatMoney(250, "XX1")).toBe("2.50 XX1");
    // A malformed locale used to fall back to two decimals: ¥1,500 became "15.00 JPY".
    expect(formatMoney(1500, "JPY", "not a locale!")).toBe("1500 JPY");
    expect(formatMoney(1500, "KWD", "not a locale!")).toBe("1.500 KWD");
  });
});

describe("formatAmount", () => {
  it("shows zero as an amount, for totals such as revenue", () => {
    expect(formatAmount(0, "EUR")).toBe("€0.00");
    expect(formatAmount(0, "JPY")).toBe("¥0");
    expect(formatAmount(0, "KWD")).toBe("KWD\u00a00.000");
    expect(formatAmount(4200, "EUR")).toBe("€42.00");
  });
});

describe("minorToDecimal", () => {
  it("writes exactly the currency's digits, for the CSV export and price inputs", () => {
    expect(minorToDecimal(1250, "EUR")).toBe("12.50");
    expect(minorToDecimal(5, "EUR")).toBe("0.05");
    expect(minorToDecimal(0, "EUR")).toBe("0.00");
    expect(minorToDecimal(1500, "JPY")).toBe("1500");
    expect(minorToDecimal(1250, "KWD")).toBe("1.250");
    expect(minorToDecimal(-5, "EUR")).toBe("-0.05");
  });

  it("is exact where a float is not", () => {
    // 2^53 - 1 minor units: dividing by 100 as a float would round the last digit.
    expect(minorToDecimal(Number.MAX_SAFE_INTEGER, "EUR")).toBe("90071992547409.91");
  });
});
