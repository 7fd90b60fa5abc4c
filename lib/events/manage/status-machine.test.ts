import { describe, expect, test } from "vitest";
import {
  canChangeEventStatus,
  eventStatusAction,
  illegalEventStatusMessage,
  nextEventStatuses,
  type EventStatus,
} from "./status-machine";

const all: EventStatus[] = ["draft", "published", "closed", "archived"];
const legal = new Set([
  "draft>published",
  "published>closed",
  "closed>published",
  "draft>archived",
  "published>archived",
  "closed>archived",
]);

describe("event status machine", () => {
  test.each(all.flatMap((from) => all.map((to) => [from, to] as const)))("%s → %s", (from, to) => {
    const expected = legal.has(`${from}>${to}`);
    expect(canChangeEventStatus(from, to)).toBe(expected);
    expect(eventStatusAction(from, to) !== null).toBe(expected);
  });

  test("names the changes", () => {
    expect(eventStatusAction("draft", "published")).toBe("publish");
    expect(eventStatusAction("closed", "published")).toBe("reopen");
    expect(eventStatusAction("published", "closed")).toBe("close");
    expect(eventStatusAction("closed", "archived")).toBe("archive");
  });

  test("archived is final", () => {
    expect(nextEventStatuses("archived")).toEqual([]);
    expect(illegalEventStatusMessage("archived", "published")).toMatch(/cannot change/);
  });

  test("offers the next steps in order", () => {
    expect(nextEventStatuses("draft")).toEqual([
      { to: "published", action: "publish" },
      { to: "archived", action: "archive" },
    ]);
    expect(nextEventStatuses("closed").map((s) => s.action)).toEqual(["reopen", "archive"]);
  });

  test("explains a refusal", () => {
    expect(illegalEventStatusMessage("draft", "closed")).toBe("A draft event cannot become closed.");
    expect(illegalEventStatusMessage("published", "published")).toBe("The event is already published.");
  });
});
