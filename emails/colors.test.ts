import { describe, expect, it } from "vitest";
import { readableTextOn, safeHexColor } from "./colors";

describe("email colours", () => {
  it("accepts hex colours and refuses anything that could inject CSS", () => {
    expect(safeHexColor("#0F766E", "#000")).toBe("#0F766E");
    expect(safeHexColor("#abc", "#000")).toBe("#abc");
    expect(safeHexColor("red;background:url(x)", "#000")).toBe("#000");
    expect(safeHexColor("#12345", "#000")).toBe("#000");
    expect(safeHexColor(null, "#000")).toBe("#000");
  });

  it("picks the readable text colour for a background", () => {
    expect(readableTextOn("#1d4ed8")).toBe("#ffffff");
    expect(readableTextOn("#fde047")).toBe("#111827");
  });
});
