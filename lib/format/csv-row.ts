/**
 * CSV cells as every export of Swagstand writes them (orders, supplier lists): RFC 4180 quoting, and defused
 * against spreadsheet formula injection.
 */

/** A leading = + - @ tab or CR makes a spreadsheet evaluate the cell; a quote in front makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
