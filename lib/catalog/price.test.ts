import { describe, expect, it } from "vitest";
import { catalogLimits } from "./catalog-limits";
import { formatPriceInput, parsePrice } from "./price";

describe("parsePrice", () => {
  it("turns decimals into minor units of the currency", () => {
    expect(parsePrice("12.50", "EUR")).toEqual({ ok: true, minor: 1250 });
    expect(parsePrice("12,5", "EUR")).toEqual({ ok: true, minor: 1250 });
    expect(parsePrice("12", "EUR")).toEqual({ ok: true, minor: 1200 });
    expect(parsePrice("12.", "EUR")).toEqual({ ok: true, minor: 1200 });
    expect(parsePrice("1500", "JPY")).toEqual({ ok: true, minor: 1500 });
    expect(parsePrice("1.250", "KWD")).toEqual({ ok: true, minor: 1250 });
  });

  it("never goes through a float", () => {
    expect(parsePrice("0.29", "EUR")).toEqual({ ok: true, minor: 29 });
    expect(parsePrice("1.15", "USD")).toEqual({ ok: true, minor: 115 });
    expect(parsePrice("4.35", "EUR")).toEqual({ ok: true, minor: 435 });
  });

  it("reads empty and zero as free", () => {
    expect(parsePrice("", "EUR")).toEqual({ ok: true, minor: 0 });
    expect(parsePrice("  0  ", "EUR")).toEqual({ ok: true, minor: 0 });
    expect(parsePrice("0.00", "EUR")).toEqual({ ok: true, minor: 0 });
  });

  it("accepts trailing zeros beyond the currency's precision", () => {
    expect(parsePrice("12.500", "EUR")).toEqual({ ok: true, minor: 1250 });
    expect(parsePrice("1500.0", "JPY")).toEqual({ ok: true, minor: 1500 });
  });

  it("refuses more decimals than the currency has", () => {
    expect(parsePrice("12.505", "EUR")).toEqual({ ok: false, message: "EUR prices have at most 2 decimals" });
    expect(parsePrice("10.5", "JPY")).toEqual({ ok: false, message: "JPY prices have no decimals" });
    expect(parsePrice("1.2345", "KWD")).toEqual({ ok: false, message: "KWD prices have at most 3 decimals" });
  });

  it("refuses what is not a plain non-negative decimal", () => {
    for (const bad of ["-1", "abc", "1,234.50", "1e3", "€12", "12.50.1", ".5", "0x10", "12 50"]) {
      expect(parsePrice(bad, "EUR").ok, bad).toBe(false);
    }
  });

  it("refuses prices above the maximum", () => {
    const max = catalogLimits.priceMaxMinor;
    expect(parsePrice(formatPriceInput(max, "EUR"), "EUR")).toEqual({ ok: true, minor: max });
    const over = parsePrice("1000000.01", "EUR");
    expect(over.ok).toBe(false);
    expect(parsePrice("999999999999", "EUR").ok).toBe(false);
  });
});

describe("formatPriceInput", () => {
  it("writes minor units as the organiser types them", () => {
    expect(formatPriceInput(1250, "EUR")).toBe("12.50");
    expect(formatPriceInput(5, "EUR")).toBe("0.05");
    expect(formatPriceInput(0, "EUR")).toBe("0.00");
    expect(formatPriceInput(1500, "JPY")).toBe("1500");
    expect(formatPriceInput(1250, "KWD")).toBe("1.250");
  });

  it("round-trips with parsePrice", () => {
    for (const minor of [0, 1, 29, 99, 100, 1250, 123456]) {
      for (const currency of ["EUR", "JPY", "KWD"]) {
        expect(parsePrice(formatPriceInput(minor, currency), currency)).toEqual({ ok: true, minor });
      }
    }
  });
});
