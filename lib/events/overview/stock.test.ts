import { describe, expect, test } from "vitest";
import { percentages } from "./percentages";
import { buildSizeDistribution, buildStockTable, stockLevel, type VariantStockRow } from "./stock";

let seq = 0;
function row(
  item: string,
  itemOrder: number,
  label: string,
  variantOrder: number,
  ordered: number,
  left: number,
  extra: Partial<VariantStockRow> = {},
): VariantStockRow {
  seq += 1;
  return {
    variantId: `v${seq}`,
    label,
    variantOrder,
    left,
    ordered,
    itemId: item,
    itemName: item,
    itemOrder,
    itemArchived: false,
    itemActive: true,
    ...extra,
  };
}

describe("percentages", () => {
  test.each([
    [[1, 1, 1]],
    [[1, 2, 3, 4, 5, 6, 7]],
    [[5, 0, 0]],
    [[333, 333, 334]],
    [[1, 1, 1, 1, 1, 1]],
    [[997, 1, 1, 1]],
  ])("%j sums to exactly 100", (values) => {
    const result = percentages(values);
    expect(result.reduce((a, b) => a + b, 0)).toBe(100);
    // Never more than one point away from the exact share.
    const total = values.reduce((a, b) => a + b, 0);
    result.forEach((p, i) => expect(Math.abs(p - (values[i]! * 100) / total)).toBeLessThan(1));
  });

  test("thirds round to 34 + 33 + 33 and zeros stay zero", () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([0, 0])).toEqual([0, 0]);
    expect(percentages([])).toEqual([]);
  });
});

describe("stockLevel", () => {
  test("sold out, low, ok", () => {
    expect(stockLevel(0, 10)).toBe("sold_out");
    expect(stockLevel(2, 0)).toBe("low");
    expect(stockLevel(3, 0)).toBe("ok");
    expect(stockLevel(10, 90)).toBe("low");
    expect(stockLevel(11, 89)).toBe("ok");
  });
});

describe("buildStockTable", () => {
  test("groups variants under items in display order, with totals and shares", () => {
    const rows = [
      row("hoodie", 1, "L", 1, 1, 0),
      row("tee", 0, "M", 1, 3, 1),
      row("tee", 0, "S", 0, 0, 10),
      row("hoodie", 1, "M", 0, 2, 8),
    ];
    const table = buildStockTable(rows);
    expect(table.map((i) => i.name)).toEqual(["tee", "hoodie"]);
    expect(table[0]!.variants.map((v) => [v.label, v.ordered, v.left, v.orderedShare, v.level])).toEqual([
      ["S", 0, 10, 0, "ok"],
      ["M", 3, 1, 75, "low"],
    ]);
    expect(table[1]).toMatchObject({ ordered: 3, left: 8 });
    expect(table[1]!.variants[1]!.level).toBe("sold_out");
  });

  test("leaves out archived items nobody ordered", () => {
    const table = buildStockTable([
      row("old", 0, "M", 0, 0, 5, { itemArchived: true }),
      row("kept", 1, "M", 0, 2, 5, { itemArchived: true }),
    ]);
    expect(table.map((i) => i.name)).toEqual(["kept"]);
  });
});

describe("buildSizeDistribution", () => {
  test("adds labels across items in the variants' order; one-variant items do not count", () => {
    const rows = [
      row("tee", 0, "XS", 0, 1, 0),
      row("tee", 0, "S", 1, 2, 0),
      row("tee", 0, "M", 2, 3, 0),
      row("tee", 0, "L", 3, 4, 0),
      row("tee", 0, "XL", 4, 0, 5),
      row("hoodie", 1, "l ", 0, 6, 0),
      row("hoodie", 1, "XL", 1, 0, 0),
      row("hoodie", 1, "XXL", 2, 4, 0),
      row("pen", 2, "Default", 0, 50, 0),
    ];
    const sizes = buildSizeDistribution(rows);
    expect(sizes.map((s) => s.label)).toEqual(["XS", "S", "M", "L", "XL", "XXL"]);
    expect(sizes.map((s) => s.units)).toEqual([1, 2, 3, 10, 0, 4]);
    expect(sizes.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
    expect(sizes.find((s) => s.label === "L")!.percent).toBe(50);
  });

  test("a size only a smaller item has is placed by its neighbour there", () => {
    const sizes = buildSizeDistribution([
      row("tee", 0, "S", 0, 1, 0),
      row("tee", 0, "M", 1, 1, 0),
      row("tee", 0, "L", 2, 1, 0),
      row("kids", 1, "XXS", 0, 1, 0),
      row("kids", 1, "S", 1, 1, 0),
    ]);
    expect(sizes.map((s) => s.label)).toEqual(["XXS", "S", "M", "L"]);
  });
});
