import { describe, expect, it } from "vitest";
import { orderStatus } from "@/db/schema";
import { orderStatuses, statusLabel } from "./order-status-labels";

describe("order statuses", () => {
  it("labels every status of the database enum, in workflow order", () => {
    expect(orderStatuses.map((s) => s.status)).toEqual(orderStatus.enumValues);
    for (const s of orderStatuses) expect(statusLabel(s.status)).toMatch(/^[A-Z]/);
    expect(statusLabel("ready_for_pickup")).toBe("Ready for pick-up");
  });
});
