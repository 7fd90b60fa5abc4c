/**
 * Money is stored as integer minor units of the event's currency. The number of minor digits comes from the
 * currency itself (EUR 2, JPY 0, KWD 3), so 1500 is €15.00 but ¥1,500.
 */
export function minorDigits(currency: string, locale = "en"): number {
  try {
    return (
      new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

export function formatMoney(minor: number, currency: string, locale = "en"): string {
  if (minor === 0) return "Free";
  const digits = minorDigits(currency, locale);
  const amount = minor / 10 ** digits;
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
    }).format(amount);
  } catch {
    // An unknown code (bad data) still shows an honest amount rather than failing the page.
    return `${amount.toFixed(digits)} ${currency}`;
  }
}
