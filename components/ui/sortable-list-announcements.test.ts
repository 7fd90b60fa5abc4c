import { describe, expect, it } from "vitest";
import { moveAnnouncement, sortableAnnouncements } from "./sortable-list-announcements";

const names: Record<string, string> = { a: "T-shirt", b: "Hoodie", c: "Socks", d: "Cap" };
const announce = sortableAnnouncements({ ids: ["a", "b", "c", "d"], labelOf: (id) => names[id]! });
const row = (id: string) => ({ id }) as never;

describe("sortable list announcements", () => {
  it("name the row and its position at every step", () => {
    expect(announce.onDragStart({ active: row("a") })).toBe("Picked up T-shirt, at position 1 of 4.");
    expect(announce.onDragOver({ active: row("a"), over: row("b") })).toBe(
      "T-shirt is over position 2 of 4.",
    );
    expect(announce.onDragEnd({ active: row("a"), over: row("b") })).toBe(
      "Moved T-shirt to position 2 of 4.",
    );
    expect(announce.onDragCancel({ active: row("c"), over: row("a") })).toBe(
      "Moving cancelled: Socks stays at position 3 of 4.",
    );
  });

  it("keep the pick-up sentence until the row leaves its place, then report every position", () => {
    expect(announce.onDragStart({ active: row("b") })).toBe("Picked up Hoodie, at position 2 of 4.");
    expect(announce.onDragOver({ active: row("b"), over: row("b") })).toBeUndefined();
    expect(announce.onDragOver({ active: row("b"), over: row("c") })).toBe("Hoodie is over position 3 of 4.");
    expect(announce.onDragOver({ active: row("b"), over: row("b") })).toBe("Hoodie is over position 2 of 4.");
    announce.onDragStart({ active: row("a") });
    expect(announce.onDragOver({ active: row("a"), over: row("a") })).toBeUndefined();
  });

  it("say so when a row is dropped where it was or outside the list", () => {
    expect(announce.onDragEnd({ active: row("b"), over: row("b") })).toBe(
      "Hoodie dropped, still at position 2 of 4.",
    );
    expect(announce.onDragEnd({ active: row("b"), over: null })).toBe(
      "Hoodie dropped, still at position 2 of 4.",
    );
    expect(announce.onDragOver({ active: row("b"), over: null })).toBe("Hoodie is no longer over the list.");
  });

  it("use the same sentence for the ↑/↓ buttons", () => {
    expect(moveAnnouncement("Cap", 0, 4)).toBe("Moved Cap to position 1 of 4.");
  });
});
