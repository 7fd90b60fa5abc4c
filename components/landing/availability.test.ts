import { describe, expect, it } from "vitest";
import { availability, availabilityText, isItemSoldOut } from "./availability";

describe("availability", () => {
  it("says sold out at zero, the exact number up to five, nothing above", () => {
    expect(availabilityText(0)).toBe("Sold out");
    expect(availabilityText(-1)).toBe("Sold out");
    expect(availabilityText(1)).toBe("Only 1 left");
    expect(availabilityText(3)).toBe("Only 3 left");
    expect(availabilityText(5)).toBe("Only 5 left");
    expect(availabilityText(6)).toBeNull();
    expect(availability(40)).toEqual({ kind: "available" });
  });

  it("marks an item sold out only when every variant is", () => {
    expect(isItemSoldOut({ variants: [{ stock: 0 }, { stock: 0 }] })).toBe(true);
    expect(isItemSoldOut({ variants: [{ stock: 0 }, { stock: 3 }] })).toBe(false);
    expect(isItemSoldOut({ variants: [] })).toBe(true);
  });
});
