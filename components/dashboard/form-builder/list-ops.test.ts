import { describe, expect, it } from "vitest";
import { insertAt, moveInList, removeAt, replaceAt, withProp } from "./list-ops";

describe("list operations", () => {
  const list = ["a", "b", "c", "d"];

  it("moves up, down and across without mutating the input", () => {
    expect(moveInList(list, 1, 0)).toEqual(["b", "a", "c", "d"]);
    expect(moveInList(list, 0, 3)).toEqual(["b", "c", "d", "a"]);
    expect(moveInList(list, 3, 1)).toEqual(["a", "d", "b", "c"]);
    expect(list).toEqual(["a", "b", "c", "d"]);
  });

  it("ignores moves out of range", () => {
    expect(moveInList(list, 0, -1)).toEqual(list);
    expect(moveInList(list, 4, 0)).toEqual(list);
    expect(moveInList(list, 2, 2)).toEqual(list);
  });

  it("inserts (clamped), removes and replaces", () => {
    expect(insertAt(list, 1, "x")).toEqual(["a", "x", "b", "c", "d"]);
    expect(insertAt(list, 99, "x")).toEqual([...list, "x"]);
    expect(removeAt(list, 0)).toEqual(["b", "c", "d"]);
    expect(replaceAt(list, 2, "x")).toEqual(["a", "b", "x", "d"]);
  });

  it("withProp sets, and removes on undefined", () => {
    const field = { type: "short_text", key: "k", pattern: "x" };
    expect(withProp(field, "pattern", undefined)).toEqual({ type: "short_text", key: "k" });
    expect(withProp(field, "required", true)).toEqual({ ...field, required: true });
    expect(field).toEqual({ type: "short_text", key: "k", pattern: "x" });
  });
});
