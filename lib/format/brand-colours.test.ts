import { describe, expect, it } from "vitest";
import {
  AA_NON_TEXT,
  AA_TEXT,
  BLACK,
  FALLBACK_TEXT,
  WHITE,
  brandCssVariables,
  contrastRatio,
  parseHexColour,
  readableOr,
  relativeLuminance,
  textColourOn,
} from "./brand-colours";

describe("parseHexColour", () => {
  it("reads six- and three-digit colours, case-insensitively", () => {
    expect(parseHexColour("#4338CA")).toEqual({ r: 0x43, g: 0x38, b: 0xca });
    expect(parseHexColour("#fff")).toEqual({ r: 255, g: 255, b: 255 });
  });
  it("refuses anything else", () => {
    expect(parseHexColour("red")).toBeNull();
    expect(parseHexColour("#12345")).toBeNull();
    expect(parseHexColour("#gggggg")).toBeNull();
  });
});

describe("contrast", () => {
  it("matches the WCAG reference values", () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", WHITE)).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#1d4ed8", WHITE)).toBeCloseTo(6.7, 1);
  });
  it("treats an unparseable colour as no contrast", () => {
    expect(contrastRatio("nope", WHITE)).toBe(1);
  });
});

describe("textColourOn", () => {
  it("puts white on dark brand colours and black on light ones", () => {
    expect(textColourOn("#4338ca")).toBe(WHITE); // devconf indigo
    expect(textColourOn("#15803d")).toBe(WHITE); // breakfast green
    expect(textColourOn("#f59e0b")).toBe(BLACK); // amber
    expect(textColourOn("#ffff00")).toBe(BLACK);
    expect(textColourOn("#000000")).toBe(WHITE);
  });

  it("always reaches AA for normal text, whatever the background", () => {
    for (let v = 0; v <= 0xffffff; v += 0x0f0f0f / 3) {
      const hex = `#${Math.floor(v).toString(16).padStart(6, "0")}`;
      expect(contrastRatio(textColourOn(hex), hex)).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });
});

describe("brandCssVariables", () => {
  it("keeps a dark primary as the text colour and picks readable text on it", () => {
    const vars = brandCssVariables({ primaryColor: "#4338ca", accentColor: "#f59e0b", font: "serif" });
    expect(vars["--brand-primary"]).toBe("#4338ca");
    expect(vars["--brand-on-primary"]).toBe(WHITE);
    expect(vars["--brand-on-accent"]).toBe(BLACK);
    expect(vars["--brand-text"]).toBe("#4338ca");
    expect(vars["--font-sans"]).toMatch(/serif/);
    // The self-hosted font first (ADR 031), the system serif stack where it is not defined.
    expect(vars["--font-sans"]).toMatch(/^var\(--font-brand-serif, ui-serif, .*\), ui-serif, /);
  });

  it("falls back to dark text when the primary is too light to read on white", () => {
    const vars = brandCssVariables({ primaryColor: "#fde047", accentColor: "#fef08a" });
    expect(vars["--brand-on-primary"]).toBe(BLACK);
    expect(vars["--brand-text"]).toBe(FALLBACK_TEXT);
    // The pale accent cannot be a focus ring on white; the readable text colour is used instead.
    expect(vars["--brand-focus"]).toBe(FALLBACK_TEXT);
    expect(contrastRatio(vars["--brand-focus"]!, WHITE)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });

  it("ignores malformed colours instead of emitting them into CSS", () => {
    const vars = brandCssVariables({ primaryColor: "red;}body{display:none", accentColor: "#f59e0b" });
    expect(vars["--brand-primary"]).toBe("#1d4ed8");
  });

  it("readableOr keeps a colour only when it meets the minimum", () => {
    expect(readableOr("#777777", WHITE, BLACK)).toBe(BLACK);
    expect(readableOr("#767676", WHITE, BLACK)).toBe("#767676");
  });
});
