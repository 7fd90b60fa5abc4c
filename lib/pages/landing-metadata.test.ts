import { describe, expect, it } from "vitest";
import { OG_IMAGE_PATH, ogImagePath } from "./landing-metadata";

describe("ogImagePath", () => {
  it("names the live version, so every publish gives link previews a new image URL", () => {
    expect(ogImagePath(3)).toBe("/og-image?v=3");
    expect(ogImagePath(4)).not.toBe(ogImagePath(3));
  });

  it("is the bare path when nothing is published (the default page)", () => {
    expect(ogImagePath(null)).toBe(OG_IMAGE_PATH);
  });
});
