import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMalformedEncoding } from "./path-encoding";

describe("hasMalformedEncoding", () => {
  it("finds the encodings that broke the router", () => {
    for (const path of ["/api/blobs/%ff%fe", "/my-order/%zz", "/order/confirmation/%E0%A4%A", "/%", "/a%2"])
      expect(hasMalformedEncoding(path), path).toBe(true);
  });

  it("accepts every path a browser encodes (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 5 }), (segments) => {
        expect(hasMalformedEncoding("/" + segments.map(encodeURIComponent).join("/"))).toBe(false);
      }),
    );
  });
});
