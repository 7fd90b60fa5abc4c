/**
 * Money for emails, from integer minor units. A tiny local formatter so templates do not depend on the
 * dashboard's helpers; the currency's own number of decimals comes from Intl (EUR 2, JPY 0, KWD 3).
 */
export function formatMinor(amountMinor: number, currency: string, locale = "en"): string {
  if (amountMinor === 0) return "Free";
  try {
    const format = new Intl.NumberFormat(locale, { style: "currency", currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amountMinor / 10 ** digits);
  } catch {
    // An unknown currency code must not stop an email: show the amount with the code.
    return `${(amountMinor / 100).toFixed(2)} ${currency}`;
  }
}
