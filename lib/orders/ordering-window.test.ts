import { describe, expect, it } from "vitest";
import { orderingRefusal } from "./ordering-window";

const base = {
  status: "published" as const,
  orderingOpensAt: null,
  orderingClosesAt: null,
  timeZone: "Europe/Amsterdam",
};
const now = new Date("2030-06-01T12:00:00Z");

describe("orderingRefusal", () => {
  it("lets a published event with an open window take orders", () => {
    expect(orderingRefusal(base, now)).toBeNull();
    expect(
      orderingRefusal(
        {
          ...base,
          orderingOpensAt: new Date("2030-06-01T11:59:00Z"),
          orderingClosesAt: new Date("2030-06-01T12:01:00Z"),
        },
        now,
      ),
    ).toBeNull();
  });

  it("treats a draft as unknown", () => {
    expect(orderingRefusal({ ...base, status: "draft" }, now)).toMatchObject({ code: "event_not_found" });
  });

  it("says when ordering opens, in the event's zone", () => {
    const result = orderingRefusal({ ...base, orderingOpensAt: new Date("2030-06-02T07:00:00Z") }, now);
    expect(result?.code).toBe("ordering_not_open");
    expect(result?.message).toMatch(/^Ordering opens on Sunday,? 2 June 2030 at 09:00 (CEST|GMT\+2)\.$/);
  });

  it("refuses at the closing instant itself, and after a manual close or archive", () => {
    expect(orderingRefusal({ ...base, orderingClosesAt: now }, now)?.code).toBe("ordering_closed");
    expect(orderingRefusal({ ...base, status: "closed" }, now)).toMatchObject({
      code: "ordering_closed",
      message: "Ordering is closed.",
    });
    expect(orderingRefusal({ ...base, status: "archived" }, now)?.code).toBe("ordering_closed");
  });
});
