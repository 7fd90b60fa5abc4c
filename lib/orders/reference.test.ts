import { describe, expect, it } from "vitest";
import { generateReference, REFERENCE_ALPHABET } from "./reference";

describe("generateReference", () => {
  it("is the prefix, a dash and six unambiguous characters", () => {
    for (let i = 0; i < 500; i++) expect(generateReference("DEV")).toMatch(/^DEV-[2-9A-HJ-NP-Z]{6}$/);
  });

  it("never uses characters that are confused when read aloud", () => {
    for (const c of "01OI") expect(REFERENCE_ALPHABET).not.toContain(c);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(32);
  });

  it("draws each character from the random source", () => {
    const picks = [0, 31, 1, 30, 2, 29];
    expect(generateReference("X", () => picks.shift() ?? 0)).toBe("X-2Z3Y4X");
  });
});
