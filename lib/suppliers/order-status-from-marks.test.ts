import { describe, expect, test } from "vitest";
import { orderStatusFromMarks, type LineForDecision } from "./order-status-from-marks";

const shipped: LineForDecision = { handledBy: "supplier", mark: "shipped" };
const ready: LineForDecision = { handledBy: "supplier", mark: "ready_for_pickup" };
const unmarked: LineForDecision = { handledBy: "supplier", mark: null };
const organisers: LineForDecision = { handledBy: "organisers" };

describe("the order's status from its lines' supplier marks", () => {
  test("one supplier's lines, all marked: the order takes the mark at once", () => {
    expect(orderStatusFromMarks([shipped])).toEqual({ move: true, to: "shipped" });
    expect(orderStatusFromMarks([ready, ready])).toEqual({ move: true, to: "ready_for_pickup" });
  });

  test("another supplier's line not marked yet: the order waits", () => {
    expect(orderStatusFromMarks([shipped, unmarked])).toEqual({ move: false, reason: "unmarked" });
    expect(orderStatusFromMarks([unmarked, ready])).toEqual({ move: false, reason: "unmarked" });
  });

  test("a line the organisers hand over keeps the order with them, however the suppliers marked", () => {
    expect(orderStatusFromMarks([shipped, organisers])).toEqual({ move: false, reason: "organisers" });
    expect(orderStatusFromMarks([organisers, ready, ready])).toEqual({ move: false, reason: "organisers" });
  });

  test("mixed marks (part shipped, part to collect) leave the choice to the organisers", () => {
    expect(orderStatusFromMarks([shipped, ready])).toEqual({ move: false, reason: "mixed" });
  });

  test("an order with no lines never moves", () => {
    expect(orderStatusFromMarks([])).toEqual({ move: false, reason: "empty" });
  });
});
