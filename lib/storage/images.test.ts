import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { detectImageType } from "./detect-image-type";
import { ImageRejectedError, processImage } from "./images";

// Fixtures are made here with sharp, so the repository holds no binary test files.
const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 30, b: 90, alpha: 0.8 } } });

/** A JPEG as a phone writes it: EXIF with camera, GPS position and "rotate 90°" orientation. */
async function phoneJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: "#2255aa" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Pocket 9" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "48/1 51/1 2988/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "2/1 17/1 4000/100",
      },
    })
    .toBuffer();
}

/** A valid 1×1 PNG whose header then claims another size (20000×20000: a few bytes, 400 megapixels if decoded). */
async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } })
      .png()
      .toBuffer(),
  );
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** True when the EXIF block holds a GPS IFD pointer (tag 0x8825) in either byte order. */
function hasGpsPointer(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

async function rejection(input: Buffer): Promise<ImageRejectedError> {
  const error = await processImage(input).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return error as ImageRejectedError;
}

describe("processImage", () => {
  it("re-encodes a PNG as WebP with its size", async () => {
    const input = await solid(30, 20).png().toBuffer();
    const out = await processImage(input);
    expect(out.contentType).toBe("image/webp");
    expect([out.width, out.height]).toEqual([30, 20]);
    expect(out.bytes).toBe(out.body.length);
    expect(detectImageType(out.body)).toBe("webp");
    const meta = await sharp(out.body).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(["webp", 30, 20, true]);
  });

  it("honours the EXIF orientation and strips EXIF (with its GPS position) from a phone JPEG", async () => {
    const input = await phoneJpeg();
    const inputMeta = await sharp(input).metadata();
    // The fixture really carries what must disappear.
    expect(inputMeta.orientation).toBe(6);
    expect(inputMeta.exif && hasGpsPointer(inputMeta.exif)).toBe(true);
    expect(input.includes("PhoneCo")).toBe(true);

    const out = await processImage(input);
    expect([out.width, out.height]).toEqual([20, 40]);
    const meta = await sharp(out.body).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(out.body.includes("Exif")).toBe(false);
    expect(out.body.includes("PhoneCo")).toBe(false);
  });

  it("rasterises an SVG carrying a script into a plain WebP", async () => {
    const svg = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?>
       <!-- drawn by hand -->
       <svg xmlns="http://www.w3.org/2000/svg" width="30" height="20" onload="alert('svg')">
         <script>alert(document.cookie)</script>
         <rect width="30" height="20" fill="#08f"/>
       </svg>`,
    );
    expect(detectImageType(svg)).toBe("svg");
    const out = await processImage(svg);
    expect(out.contentType).toBe("image/webp");
    expect(detectImageType(out.body)).toBe("webp");
    expect([out.width, out.height]).toEqual([30, 20]);
    expect(out.body.includes("script")).toBe(false);
    expect(out.body.includes("alert")).toBe(false);
  });

  it("does not let an SVG pull in files from the server's disk", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "swagstand-svg-"));
    try {
      const secret = path.join(dir, "secret.png");
      await sharp({ create: { width: 10, height: 10, channels: 3, background: "#ff0000" } })
        .png()
        .toFile(secret);
      const svg = Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
           <rect width="10" height="10" fill="#ffffff"/>
           <image href="file://${secret}" xlink:href="file://${secret}" width="10" height="10"/>
         </svg>`,
      );
      const out = await processImage(svg);
      const { data } = await sharp(out.body).raw().toBuffer({ resolveWithObject: true });
      // White, not the red of the referenced file.
      expect(data[1]).toBeGreaterThan(200);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("accepts GIF, WebP and AVIF by their content", async () => {
    for (const format of ["gif", "webp", "avif"] as const) {
      const input = await solid(24, 16).toFormat(format).toBuffer();
      expect(detectImageType(input)).toBe(format);
      const out = await processImage(input);
      expect([out.width, out.height]).toEqual([24, 16]);
    }
  });

  it("scales large images down to fit the maximum dimension", async () => {
    const input = await solid(3000, 1500).png().toBuffer();
    const out = await processImage(input);
    expect(Math.max(out.width, out.height)).toBe(limits.imageMaxDimension);
    expect([out.width, out.height]).toEqual([2400, 1200]);
  });

  it("refuses a text file whatever its name", async () => {
    const error = await rejection(Buffer.from("just some notes.png\n"));
    expect(error.reason).toBe("not-an-image");
    expect(error.message).toBe("The file is not an image");
  });

  it("refuses HTML, executables, entity-declaring SVG and files that only start like an image", async () => {
    const png = await solid(8, 8).png().toBuffer();
    const inputs = [
      Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
      Buffer.from("<html><svg xmlns='http://www.w3.org/2000/svg' width='5' height='5'/></html>"),
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]), // ELF
      Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]), // Windows executable
      Buffer.from(
        `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>` +
          `<svg xmlns="http://www.w3.org/2000/svg" width="5" height="5"><text>&b;</text></svg>`,
      ),
      Buffer.concat([png.subarray(0, 40), Buffer.from("<script>alert(1)</script>")]), // PNG signature, then junk
      Buffer.alloc(0),
    ];
    for (const input of inputs) {
      expect((await rejection(input)).reason).toBe("not-an-image");
    }
  });

  it("refuses a decompression bomb from its header, before decoding", async () => {
    const bomb = await pngDeclaring(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200);
    const error = await rejection(bomb);
    // Had the pixels been decoded, this truncated file would fail as "not an image" instead.
    expect(error.reason).toBe("too-many-pixels");
    expect(error.message).toBe("The image is too large (max 40 megapixels)");
  });

  it("applies the platform's 40 megapixel limit, not sharp's much larger default", async () => {
    // 7000×6000 = 42 MP: over our limit, under sharp's default of 268 MP.
    expect((await rejection(await pngDeclaring(7000, 6000))).reason).toBe("too-many-pixels");
    // Exactly 40 MP passes the pixel check and then fails to decode (the data is for 1×1).
    expect((await rejection(await pngDeclaring(8000, 5000))).reason).toBe("not-an-image");
  });

  it("refuses an SVG that declares too many pixels", async () => {
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"></svg>`);
    expect((await rejection(svg)).reason).toBe("too-many-pixels");
  });

  it("refuses more than 5 MB", async () => {
    const png = await solid(8, 8).png().toBuffer();
    const big = Buffer.concat([png, Buffer.alloc(limits.uploadMaxBytes + 1 - png.length)]);
    expect(big.length).toBe(5 * 1024 * 1024 + 1);
    const error = await rejection(big);
    expect(error.reason).toBe("too-many-bytes");
    expect(error.message).toBe("Images must be at most 5 MB");
  });
});
