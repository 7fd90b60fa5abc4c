import { describe, expect, it } from "vitest";
import { secretMatches } from "./secret-matches";

describe("secretMatches", () => {
  it("matches only the same secret", () => {
    expect(secretMatches("Bearer s3cret", "Bearer s3cret")).toBe(true);
    expect(secretMatches("Bearer s3creT", "Bearer s3cret")).toBe(false);
    expect(secretMatches("Bearer s3cret ", "Bearer s3cret")).toBe(false);
  });

  it("answers false, without throwing, for a different length (timingSafeEqual alone would throw)", () => {
    expect(secretMatches("", "Bearer s3cret")).toBe(false);
    expect(secretMatches("Bearer s3cret-and-more", "Bearer s3cret")).toBe(false);
  });

  it("never matches an empty expected secret, even when nothing is sent", () => {
    expect(secretMatches("", "")).toBe(false);
  });
});
