import { describe, expect, it } from "vitest";
import { bulkMessage, skipReason } from "./change-order-status";

describe("skipReason", () => {
  it("says 'already …' for the same or a final status, otherwise why the move is not allowed", () => {
    expect(skipReason("shipped", "shipped")).toBe("already shipped");
    expect(skipReason("delivered", "shipped")).toBe("already delivered");
    expect(skipReason("cancelled", "confirmed")).toBe("already cancelled");
    expect(skipReason("placed", "shipped")).toBe("placed orders cannot be marked shipped");
    expect(skipReason("shipped", "cancelled")).toBe("shipped orders cannot be marked cancelled");
  });
});

describe("bulkMessage", () => {
  it("counts the changed orders and groups the skipped ones by reason", () => {
    expect(bulkMessage("shipped", 12, [])).toBe("12 orders marked shipped.");
    expect(bulkMessage("confirmed", 1, [])).toBe("1 order marked confirmed.");
    const delivered = { reason: "already delivered" };
    expect(bulkMessage("shipped", 12, [delivered, delivered, delivered])).toBe(
      "12 orders marked shipped; 3 skipped (already delivered).",
    );
    expect(
      bulkMessage("ready_for_pickup", 0, [
        delivered,
        { reason: "placed orders cannot be marked ready for pick-up" },
      ]),
    ).toBe(
      "0 orders marked ready for pick-up; 2 skipped (1 already delivered, 1 placed orders cannot be marked ready for pick-up).",
    );
    // Whatever order the rows came in (ids are random), the message reads the same.
    const placed = { reason: "placed orders cannot be marked shipped" };
    expect(bulkMessage("shipped", 2, [placed, delivered])).toBe(
      bulkMessage("shipped", 2, [delivered, placed]),
    );
    expect(bulkMessage("shipped", 2, [placed, delivered, delivered])).toBe(
      "2 orders marked shipped; 3 skipped (2 already delivered, 1 placed orders cannot be marked shipped).",
    );
  });
});
