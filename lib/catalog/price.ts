import { minorDigits, minorToDecimal } from "@/lib/format/money";
import { catalogLimits } from "./catalog-limits";

/**
 * Prices are typed by organisers as decimals in the event's currency ("12.50", "12,50", "0") and stored as
 * integer minor units. Parsed from the digits as text, never through a float, so 0.29 is 29 and not 28.999….
 */
export type PriceParse = { ok: true; minor: number } | { ok: false; message: string };

/** What the form accepts before the currency is known: digits, optionally one decimal point or comma. */
export const priceTextPattern = /^\d{1,12}(?:[.,]\d{0,6})?$/;
export const priceFormatMessage = "Enter a price like 12.50 (0 for free)";

export function parsePrice(text: string, currency: string): PriceParse {
  const value = text.trim();
  if (value === "") return { ok: true, minor: 0 };
  if (!priceTextPattern.test(value)) return { ok: false, message: priceFormatMessage };
  const [whole = "0", fraction = ""] = value.split(/[.,]/);
  const digits = minorDigits(currency);
  // Trailing zeros beyond the currency's precision are harmless ("12.500" EUR is 12.50).
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} prices have no decimals`
          : `${currency} prices have at most ${digits} decimal${digits === 1 ? "" : "s"}`,
    };
  }
  const minor = Number(whole) * 10 ** digits + Number(significant.padEnd(digits, "0") || "0");
  if (!Number.isSafeInteger(minor) || minor > catalogLimits.priceMaxMinor) {
    return {
      ok: false,
      message: `The price can be at most ${formatPriceInput(catalogLimits.priceMaxMinor, currency)}`,
    };
  }
  return { ok: true, minor };
}

/** The stored price as the organiser would type it: "12.50", "1500" for JPY, "0.00" for free. */
export const formatPriceInput = minorToDecimal;
