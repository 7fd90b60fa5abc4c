import { describe, expect, it } from "vitest";
import { describeOrderingWindow, orderingWindow } from "./window";

const now = new Date("2027-03-10T12:00:00Z");
const before = new Date("2027-03-01T08:00:00Z");
const after = new Date("2027-03-20T08:00:00Z");
const published = { status: "published" as const, orderingOpensAt: null, orderingClosesAt: null };

describe("orderingWindow", () => {
  it("is open with no bounds", () => {
    expect(orderingWindow(published, now)).toEqual({ state: "open", closesAt: null });
  });
  it("is open inside the bounds, and reports the close", () => {
    expect(orderingWindow({ ...published, orderingOpensAt: before, orderingClosesAt: after }, now)).toEqual({
      state: "open",
      closesAt: after,
    });
  });
  it("is not yet open before the opening time", () => {
    expect(orderingWindow({ ...published, orderingOpensAt: after }, now)).toEqual({
      state: "not_yet_open",
      opensAt: after,
    });
  });
  it("opens exactly at the opening time and closes exactly at the closing time", () => {
    expect(orderingWindow({ ...published, orderingOpensAt: now }, now).state).toBe("open");
    expect(orderingWindow({ ...published, orderingClosesAt: now }, now)).toEqual({
      state: "closed",
      closedAt: now,
    });
  });
  it("is closed after the closing time", () => {
    expect(orderingWindow({ ...published, orderingClosesAt: before }, now)).toEqual({
      state: "closed",
      closedAt: before,
    });
  });
  it("is closed when the organiser closed the event, even inside the window", () => {
    expect(orderingWindow({ ...published, status: "closed", orderingClosesAt: after }, now)).toEqual({
      state: "closed",
      closedAt: null,
    });
    expect(orderingWindow({ ...published, status: "closed", orderingClosesAt: before }, now)).toEqual({
      state: "closed",
      closedAt: before,
    });
    expect(orderingWindow({ ...published, status: "draft" }, now).state).toBe("closed");
  });
});

describe("describeOrderingWindow", () => {
  it("writes times in the event's time zone", () => {
    // 08:00 UTC is 09:00 in Amsterdam (CET) and 08:00 in London (GMT) in early March.
    expect(describeOrderingWindow({ state: "not_yet_open", opensAt: before }, "Europe/Amsterdam")).toBe(
      "Ordering opens on Monday, 1 March 2027 at 09:00 CET.",
    );
    expect(describeOrderingWindow({ state: "closed", closedAt: before }, "Europe/London")).toBe(
      "Ordering closed on Monday, 1 March 2027 at 08:00 GMT.",
    );
  });
  it("has plain sentences without dates", () => {
    expect(describeOrderingWindow({ state: "closed", closedAt: null }, "UTC")).toBe("Ordering is closed.");
    expect(describeOrderingWindow({ state: "open", closesAt: null }, "UTC")).toBe("Ordering is open.");
    expect(describeOrderingWindow({ state: "open", closesAt: after }, "UTC")).toMatch(
      /^Order until Saturday, 20 March 2027/,
    );
  });
});
