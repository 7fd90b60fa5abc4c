import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { qrSvg } from "@/lib/format/qr-code";
import { decodeReferenceFromPixels } from "./decode-qr";

/** The page's QR code (qrcode → our SVG) rasterised like a camera frame: RGBA pixels, some margin around it. */
async function frameOf(text: string, { blur = 0 } = {}) {
  let image = sharp(Buffer.from(qrSvg(text, 6))).extend({
    top: 40,
    bottom: 60,
    left: 80,
    right: 20,
    background: "#d0d0d0",
  });
  if (blur) image = image.blur(blur);
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), ...info };
}

describe("decodeReferenceFromPixels", () => {
  it("reads the order reference from the QR code the pages draw", async () => {
    const f = await frameOf("DEV-7K3M9Q");
    expect(decodeReferenceFromPixels(f.data, f.width, f.height)).toEqual({
      kind: "reference",
      reference: "DEV-7K3M9Q",
    });
  });

  it("still reads a slightly blurred frame", async () => {
    const f = await frameOf("BRK-23ABCD", { blur: 1.2 });
    expect(decodeReferenceFromPixels(f.data, f.width, f.height)).toMatchObject({ reference: "BRK-23ABCD" });
  });

  it("tells a QR code that is not a reference apart from no QR code at all", async () => {
    const url = await frameOf("https://devconf.example.com/badge/42");
    expect(decodeReferenceFromPixels(url.data, url.width, url.height)).toEqual({ kind: "other" });
    const blank = new Uint8ClampedArray(200 * 200 * 4).fill(255);
    expect(decodeReferenceFromPixels(blank, 200, 200)).toEqual({ kind: "none" });
  });
});
