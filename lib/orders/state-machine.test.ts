import { describe, expect, it } from "vitest";
import { orderStatus, type OrderStatus } from "@/db/schema";
import { canTransition, isCancellable, isFinal, nextStatuses, returnsStock } from "./state-machine";

const all = orderStatus.enumValues;
const legal: Array<[OrderStatus, OrderStatus]> = [
  ["placed", "confirmed"],
  ["placed", "cancelled"],
  ["confirmed", "sent_to_supplier"],
  ["confirmed", "cancelled"],
  ["sent_to_supplier", "shipped"],
  ["sent_to_supplier", "ready_for_pickup"],
  ["sent_to_supplier", "cancelled"],
  ["shipped", "delivered"],
  ["ready_for_pickup", "collected"],
];

describe("order state machine", () => {
  it("allows exactly the workflow's transitions for the team", () => {
    for (const from of all) {
      for (const to of all) {
        const expected = legal.some(([f, t]) => f === from && t === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("never stays in place or goes back", () => {
    for (const from of all) expect(canTransition(from, from)).toBe(false);
    expect(canTransition("shipped", "placed")).toBe(false);
    expect(canTransition("cancelled", "placed")).toBe(false);
  });

  it("cancels only before shipping", () => {
    expect(all.filter((s) => canTransition(s, "cancelled"))).toEqual([
      "placed",
      "confirmed",
      "sent_to_supplier",
    ]);
  });

  it("lets attendees cancel only what they may cancel, and do nothing else", () => {
    for (const from of all) {
      expect(canTransition(from, "cancelled", "attendee"), from).toBe(
        from === "placed" || from === "confirmed",
      );
      for (const to of all.filter((s) => s !== "cancelled")) {
        expect(canTransition(from, to, "attendee")).toBe(false);
      }
    }
  });

  it("knows the final states and what returns stock", () => {
    expect(all.filter(isFinal)).toEqual(["delivered", "collected", "cancelled"]);
    expect(all.filter(returnsStock)).toEqual(["cancelled"]);
    expect(nextStatuses("delivered")).toEqual([]);
  });

  it("lets the attendee cancel only before the supplier has the order", () => {
    const cancellable = orderStatus.enumValues.filter(isCancellable);
    expect(cancellable).toEqual(["placed", "confirmed"]);
  });
});
