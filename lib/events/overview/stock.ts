import { percentages } from "./percentages";

/** One variant as the overview query returns it: no orders, only sums. */
export type VariantStockRow = {
  variantId: string;
  label: string;
  variantOrder: number;
  /** Units still available (the variants.stock column). */
  left: number;
  /** Units on non-cancelled orders. */
  ordered: number;
  itemId: string;
  itemName: string;
  itemOrder: number;
  itemArchived: boolean;
  itemActive: boolean;
};

export type StockLevel = "sold_out" | "low" | "ok";

/** Low: a tenth or less of the variant's units left, and always when only one or two remain. */
export function stockLevel(left: number, ordered: number): StockLevel {
  if (left <= 0) return "sold_out";
  const capacity = left + ordered;
  return left <= Math.max(2, Math.ceil(capacity * 0.1)) ? "low" : "ok";
}

export type StockTableItem = {
  itemId: string;
  name: string;
  archived: boolean;
  active: boolean;
  ordered: number;
  left: number;
  variants: {
    variantId: string;
    label: string;
    ordered: number;
    left: number;
    /** Share of the variant's units (ordered + left) already ordered, 0-100, for the bar. */
    orderedShare: number;
    level: StockLevel;
  }[];
};

/**
 * Groups variants under their items in display order. Archived items appear only when they have orders
 * (their units still count); otherwise they would be noise on a page about what is on offer.
 */
export function buildStockTable(rows: VariantStockRow[]): StockTableItem[] {
  const sorted = [...rows].sort(
    (a, b) =>
      a.itemOrder - b.itemOrder || a.itemId.localeCompare(b.itemId) || a.variantOrder - b.variantOrder,
  );
  const items = new Map<string, StockTableItem>();
  for (const row of sorted) {
    let item = items.get(row.itemId);
    if (!item) {
      item = {
        itemId: row.itemId,
        name: row.itemName,
        archived: row.itemArchived,
        active: row.itemActive,
        ordered: 0,
        left: 0,
        variants: [],
      };
      items.set(row.itemId, item);
    }
    const capacity = row.left + row.ordered;
    item.ordered += row.ordered;
    item.left += row.left;
    item.variants.push({
      variantId: row.variantId,
      label: row.label,
      ordered: row.ordered,
      left: row.left,
      orderedShare: capacity > 0 ? Math.round((row.ordered * 100) / capacity) : 0,
      level: stockLevel(row.left, row.ordered),
    });
  }
  return [...items.values()].filter((item) => !item.archived || item.ordered > 0);
}

export type SizeShare = { label: string; units: number; percent: number };

/**
 * Units ordered per variant label across items ("M" of the T-shirt and "M" of the hoodie together), in the
 * variants' display order. Only items with more than one variant take part: a one-variant item (a pen) has
 * no size to choose. Labels match case- and space-insensitively; the first spelling seen is shown.
 *
 * Items list different sizes (a T-shirt XS–XL, a hoodie L–XXL), so the order is merged: the item with most
 * variants sets it, and a label another item adds goes right after the label it follows there.
 */
export function buildSizeDistribution(rows: VariantStockRow[]): SizeShare[] {
  const byItem = new Map<string, VariantStockRow[]>();
  for (const row of rows) {
    if (row.itemArchived && row.ordered === 0) continue;
    byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), row]);
  }
  const sized = [...byItem.values()]
    .filter((variants) => variants.length > 1)
    .map((variants) => variants.sort((a, b) => a.variantOrder - b.variantOrder))
    .sort((a, b) => b.length - a.length || a[0]!.itemOrder - b[0]!.itemOrder);

  const order: string[] = [];
  const totals = new Map<string, { label: string; units: number }>();
  for (const variants of sized) {
    let previous = -1;
    for (const row of variants) {
      const key = row.label.trim().toLowerCase();
      const index = order.indexOf(key);
      if (index >= 0) {
        previous = index;
      } else {
        previous += 1;
        order.splice(previous, 0, key);
      }
      const entry = totals.get(key) ?? { label: row.label.trim(), units: 0 };
      entry.units += row.ordered;
      totals.set(key, entry);
    }
  }
  const entries = order.map((key) => totals.get(key)!);
  const shares = percentages(entries.map((e) => e.units));
  return entries.map((e, i) => ({ label: e.label, units: e.units, percent: shares[i] ?? 0 }));
}
