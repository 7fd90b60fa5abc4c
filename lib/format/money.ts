/**
 * The one money formatter. Money is stored as integer minor units of the event's currency; how many minor
 * digits a currency has comes from the currency itself (EUR 2, JPY 0, KWD 3), so 1500 is €15.00 but ¥1,500
 * and KWD 1.500. Pages, the dashboard, emails and the CSV export all format through here.
 *
 * Pure and client-safe (Intl only). An unknown or malformed currency code (bad data) never throws: it shows
 * an honest amount with the code.
 */

const FALLBACK_DIGITS = 2;

const currencyFormats = new Map<string, Intl.NumberFormat | null>();

/** Building a NumberFormat costs far more than using one, and prices are formatted per row: keep one each. */
function currencyFormat(currency: string, locale: string): Intl.NumberFormat | null {
  const key = `${locale}\u0000${currency}`;
  let format = currencyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { style: "currency", currency });
    } catch {
      format = null; // a malformed code ("EURO") or locale
    }
    currencyFormats.set(key, format);
  }
  return format;
}

/** The currency's number of minor digits (ISO 4217 as Intl knows it); 2 for a code Intl refuses. */
export function minorDigits(currency: string): number {
  // Minor digits belong to the currency, not to the reader's locale: always ask the same locale.
  return currencyFormat(currency, "en")?.resolvedOptions().maximumFractionDigits ?? FALLBACK_DIGITS;
}

/**
 * The amount as a plain decimal with exactly the currency's minor digits: "12.50", "1500" (JPY), "1.250"
 * (KWD), "-0.05". Integer arithmetic on the digits, never a float, so it is exact at any size. For the CSV
 * export and for price inputs, where a currency symbol or grouping would get in the way.
 */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const text = String(Math.abs(Math.trunc(minor)));
  if (digits === 0) return `${sign}${text}`;
  const padded = text.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** An amount with its currency, zero included ("€0.00"): totals and revenue, which are amounts, not prices. */
export function formatAmount(minor: number, currency: string, locale = "en"): string {
  const format = currencyFormat(currency, locale);
  if (!format) return `${minorToDecimal(minor, currency)} ${currency}`;
  return format.format(minor / 10 ** minorDigits(currency));
}

/** A price or a line total: zero is "Free" (most swag is), anything else an amount with its currency. */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  return minor === 0 ? "Free" : formatAmount(minor, currency, locale);
}
