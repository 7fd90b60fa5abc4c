import { csvRow } from "@/lib/format/csv-row";

/**
 * What a supplier receives, as plain data computed from the dispatch's snapshot: the CSV (one row per order
 * line, the shared fields after the fixed columns, always in the same order) and the pick list (how many of
 * each item and variant to pack). Pure, so the preview, the email and the tests all use the same code.
 */
export type SupplierLine = {
  reference: string;
  /** Already formatted in the event's zone. */
  placedAt: string;
  itemName: string;
  variantLabel: string;
  quantity: number;
  /** Aligned with the dispatch's shared columns. */
  values: string[];
};

export const FIXED_COLUMNS = ["Order", "Placed", "Item", "Variant", "Quantity"] as const;

export function supplierCsv(columns: readonly { label: string }[], lines: readonly SupplierLine[]): string {
  let out = "\uFEFF" + csvRow([...FIXED_COLUMNS, ...columns.map((c) => c.label)]);
  for (const line of lines) {
    const values = columns.map((_, i) => line.values[i] ?? "");
    out += csvRow([
      line.reference,
      line.placedAt,
      line.itemName,
      line.variantLabel,
      String(line.quantity),
      ...values,
    ]);
  }
  return out;
}

export type PickListEntry = {
  itemName: string;
  variants: { label: string; quantity: number }[];
  total: number;
};

/** Totals per item and variant, items and variants in order of first appearance (the lines' order). */
export function pickList(lines: readonly SupplierLine[]): PickListEntry[] {
  const items = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const variants = items.get(line.itemName) ?? new Map<string, number>();
    variants.set(line.variantLabel, (variants.get(line.variantLabel) ?? 0) + line.quantity);
    items.set(line.itemName, variants);
  }
  return [...items].map(([itemName, variants]) => {
    const list = [...variants].map(([label, quantity]) => ({ label, quantity }));
    return { itemName, variants: list, total: list.reduce((sum, v) => sum + v.quantity, 0) };
  });
}
