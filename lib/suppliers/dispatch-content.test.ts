import { describe, expect, test } from "vitest";
import { pickList, supplierCsv, type SupplierLine } from "./dispatch-content";

const line = (over: Partial<SupplierLine>): SupplierLine => ({
  reference: "DEV-1",
  placedAt: "2026-06-01 10:00",
  itemName: "T-shirt",
  variantLabel: "M",
  quantity: 1,
  values: [],
  ...over,
});

describe("supplier CSV", () => {
  test("fixed columns first, then the shared fields in the given order; one row per line", () => {
    const csv = supplierCsv(
      [{ label: "Name" }, { label: "Delivery address" }],
      [
        line({ values: ["Ada", "1 Main St, Amsterdam"] }),
        line({ reference: "DEV-2", variantLabel: "L", quantity: 2, values: ["=HYPERLINK()", ""] }),
      ],
    );
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFOrder,Placed,Item,Variant,Quantity,Name,Delivery address",
      'DEV-1,2026-06-01 10:00,T-shirt,M,1,Ada,"1 Main St, Amsterdam"',
      // A formula is defused; a missing value is an empty cell, so columns still line up.
      "DEV-2,2026-06-01 10:00,T-shirt,L,2,'=HYPERLINK(),",
      "",
    ]);
  });

  test("with no shared fields, only the fixed columns", () => {
    expect(supplierCsv([], [line({})]).split("\r\n")[0]).toBe("\uFEFFOrder,Placed,Item,Variant,Quantity");
  });
});

describe("pick list", () => {
  test("totals per item and per variant, in order of first appearance", () => {
    expect(
      pickList([
        line({ variantLabel: "M", quantity: 1 }),
        line({ itemName: "Sticker", variantLabel: "One size", quantity: 3 }),
        line({ variantLabel: "L", quantity: 2 }),
        line({ variantLabel: "M", quantity: 2 }),
      ]),
    ).toEqual([
      {
        itemName: "T-shirt",
        total: 5,
        variants: [
          { label: "M", quantity: 3 },
          { label: "L", quantity: 2 },
        ],
      },
      { itemName: "Sticker", total: 3, variants: [{ label: "One size", quantity: 3 }] },
    ]);
  });
});
