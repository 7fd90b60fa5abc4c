import { describe, expect, it } from "vitest";
import { clip, ogCard } from "./og-card";

describe("ogCard", () => {
  it("takes the page title, the event's name and dates, and readable brand colours", () => {
    expect(
      ogCard({
        title: "Swag for DevConf",
        eventName: "DevConf 2026",
        dates: "14–15 June 2026",
        theme: { primaryColor: "#fde047", accentColor: "#1d4ed8" },
      }),
    ).toEqual({
      title: "Swag for DevConf",
      eventName: "DevConf 2026",
      dates: "14–15 June 2026",
      background: "#fde047",
      foreground: "#000000",
      accent: "#1d4ed8",
    });
  });

  it("falls back to the event's name and keeps markup as the characters typed", () => {
    const card = ogCard({
      title: "",
      eventName: '<img src=x onerror="alert(1)">',
      dates: null,
      theme: { primaryColor: "#1f2937", accentColor: "#f59e0b" },
    });
    expect(card.title).toBe('<img src=x onerror="alert(1)">');
    expect(card.foreground).toBe("#ffffff");
  });

  it("clips long text at a word with an ellipsis", () => {
    expect(clip("one two three four five", 12)).toBe("one two…");
    expect(clip("  spaced\n\nout  ", 50)).toBe("spaced out");
    expect(clip("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
