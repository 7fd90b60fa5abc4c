import { describe, expect, it } from "vitest";
import { compareLines, lineName, sortLines, variantLabelShown, type LinePlace } from "./order-lines";

const line = (over: Partial<LinePlace>): LinePlace => ({
  itemPosition: 0,
  itemName: "T-shirt",
  itemId: "item-1",
  variantPosition: 0,
  variantLabel: "M",
  ...over,
});

describe("sortLines", () => {
  it("follows the event's item order, then each item's variant order, not the alphabet", () => {
    const socks = line({ itemPosition: 2, itemName: "Socks", itemId: "socks", variantLabel: "One size" });
    const shirtXl = line({ itemPosition: 1, itemName: "T-shirt", variantPosition: 4, variantLabel: "XL" });
    const shirtS = line({ itemPosition: 1, itemName: "T-shirt", variantPosition: 1, variantLabel: "S" });
    expect(sortLines([socks, shirtXl, shirtS])).toEqual([shirtS, shirtXl, socks]);
  });

  it("breaks ties by name, then keeps each item's variants together", () => {
    const cap = line({ itemName: "Cap", itemId: "cap" });
    const apronL = line({ itemName: "Apron", itemId: "apron", variantPosition: 2, variantLabel: "L" });
    const apronS = line({ itemName: "Apron", itemId: "apron", variantPosition: 1, variantLabel: "S" });
    // Two items with one name (an organiser's slip) still never interleave their variants.
    const otherApron = line({ itemName: "Apron", itemId: "apron-2", variantPosition: 0, variantLabel: "M" });
    expect(sortLines([cap, otherApron, apronL, apronS])).toEqual([apronS, apronL, otherApron, cap]);
  });

  it("does not change the array it is given", () => {
    const lines = [line({ itemPosition: 2 }), line({ itemPosition: 1 })];
    const copy = [...lines];
    sortLines(lines);
    expect(lines).toEqual(copy);
    expect(compareLines(lines[0]!, lines[0]!)).toBe(0);
  });
});

describe("variantLabelShown and lineName", () => {
  it("leave out the label of an item's only variant", () => {
    const socks = { itemName: "Socks", variantLabel: "One size", singleVariant: true };
    expect(variantLabelShown(socks)).toBeNull();
    expect(lineName(socks)).toBe("Socks");
  });

  it("name the variant when there was a choice", () => {
    const shirt = { itemName: "DevConf t-shirt", variantLabel: "L", singleVariant: false };
    expect(variantLabelShown(shirt)).toBe("L");
    expect(lineName(shirt)).toBe("DevConf t-shirt (L)");
  });

  it("treat an empty label as nothing to show", () => {
    expect(variantLabelShown({ variantLabel: "  ", singleVariant: false })).toBeNull();
  });
});
