import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { limits } from "@/lib/limits";
import { detectImageType } from "./detect-image-type";
import { ImageRejectedError, processImage } from "./images";
import {
  animatedGifBomb,
  containsAnyMarker,
  elfBehindPngSignature,
  executables,
  gif,
  gifDeclaring,
  gifLayout,
  isCleanWebp,
  jpeg,
  jpegDeclaring,
  jpegWithComment,
  payloads,
  phoneJpeg,
  png,
  pngDeclaring,
  pngWithTextChunk,
  webpLayout,
} from "./test-images";

async function rejection(input: Buffer): Promise<ImageRejectedError> {
  const error = await processImage(input).then(
    () => new Error("the upload was accepted"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return error as ImageRejectedError;
}

describe("polyglots: re-encoding keeps the picture and drops everything else", () => {
  // Decision: a file that is a real image plus a hidden payload is accepted *as a picture*. Refusing
  // appended data would also refuse ordinary phone photos (Motion Photos and MPF append data after
  // the JPEG's end), and what we store is sharp's fresh WebP, never the uploaded bytes.
  const cases: [string, () => Promise<Buffer>][] = [
    ["PNG followed by HTML", async () => Buffer.concat([await png(), payloads.html])],
    ["PNG followed by a ZIP", async () => Buffer.concat([await png(), payloads.zip])],
    ["JPEG followed by JavaScript", async () => Buffer.concat([await jpeg(), payloads.js])],
    ["JPEG followed by HTML", async () => Buffer.concat([await jpeg(), payloads.html])],
    ["GIFAR (GIF followed by a JAR)", async () => Buffer.concat([await gif(), payloads.zip])],
    ["PNG with HTML in a tEXt chunk", () => pngWithTextChunk(payloads.html)],
    ["JPEG with script in a comment segment", () => jpegWithComment(payloads.html)],
  ];

  it.each(cases)("%s becomes a clean WebP with no trace of the payload", async (_name, make) => {
    const input = await make();
    expect(containsAnyMarker(input)).toBeDefined(); // the fixture really carries a payload
    const out = await processImage(input);
    expect(out.contentType).toBe("image/webp");
    expect(detectImageType(out.body)).toBe("webp");
    expect(containsAnyMarker(out.body)).toBeUndefined();
    expect(isCleanWebp(out.body)).toBe(true);
    expect(webpLayout(out.body).chunks).not.toContain("EXIF");
    expect([out.width, out.height]).toEqual([16, 16]);
  });

  it("a GIFAR is still a GIF to sharp and a ZIP to a ZIP reader: only the GIF part is kept", async () => {
    const gifar = Buffer.concat([await gif(), payloads.zip]);
    expect(gifar.lastIndexOf(Buffer.from("PK\x05\x06", "latin1"))).toBeGreaterThan(0);
    const out = await processImage(gifar);
    expect(out.body.includes(Buffer.from("PK", "latin1"))).toBe(false);
  });
});

describe("renamed executables and scripts", () => {
  it.each(Object.entries(executables))("%s is refused as not an image", async (_name, input) => {
    expect(detectImageType(input)).toBeNull();
    const error = await rejection(input);
    expect(error.reason).toBe("not-an-image");
    expect(error.message).toBe("The file is not an image");
  });

  it("an executable behind a PNG signature passes the sniffer but not the decoder", async () => {
    expect(detectImageType(elfBehindPngSignature)).toBe("png");
    expect((await rejection(elfBehindPngSignature)).reason).toBe("not-an-image");
  });
});

describe("decompression bombs are refused from the header, before pixels are decoded", () => {
  it.each([
    ["PNG", () => pngDeclaring(20_000, 20_000)],
    ["JPEG", () => jpegDeclaring(20_000, 20_000)],
    ["GIF", () => gifDeclaring(20_000, 20_000)],
  ])("a %s claiming 20000×20000 pixels", async (_format, make) => {
    const bomb = await make();
    expect(bomb.length).toBeLessThan(2_000);
    const started = performance.now();
    const error = await rejection(bomb);
    // A truncated file whose pixels were decoded would fail as "not-an-image" instead.
    expect(error.reason).toBe("too-many-pixels");
    expect(error.message).toBe("The image is too large (max 40 megapixels)");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("sharp's own limitInputPixels guard refuses what the header claims (the second line of defence)", async () => {
    const bomb = await pngDeclaring(20_000, 20_000);
    await expect(sharp(bomb, { limitInputPixels: limits.imageMaxPixels }).webp().toBuffer()).rejects.toThrow(
      /pixel limit/i,
    );
  });

  it("an SVG whose viewport claims 20000×20000 pixels", async () => {
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"/>`);
    expect((await rejection(svg)).reason).toBe("too-many-pixels");
  });
});

describe("animated GIF bombs", () => {
  it("only the first of thousands of frames is decoded, and the result is a still WebP", async () => {
    const frames = 5_000;
    const bomb = await animatedGifBomb(frames);
    // The fixture is what it claims: thousands of 64×64 frames (80 MB of pixels) in a small file.
    expect(gifLayout(bomb).frames).toHaveLength(frames);
    expect((await sharp(bomb, { pages: -1 }).metadata()).pages).toBe(frames);
    expect(bomb.length).toBeLessThan(limits.uploadMaxBytes);

    const started = performance.now();
    const out = await processImage(bomb);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect([out.width, out.height]).toEqual([64, 64]);
    const meta = await sharp(out.body).metadata();
    expect(meta.pages ?? 1).toBe(1);
    expect(webpLayout(out.body).chunks).not.toContain("ANMF");
    // The first frame (red), not a blend of all of them.
    const { data } = await sharp(out.body).raw().toBuffer({ resolveWithObject: true });
    expect([data[0], data[1], data[2]].map((v) => Math.round((v ?? 0) / 32))).toEqual([8, 0, 0]);
  });
});

describe("truncated and corrupt images", () => {
  it.each([
    ["a PNG cut short", async () => (await png(64, 64)).subarray(0, 60)],
    [
      "a JPEG cut in the middle of its scan",
      async () => {
        const image = await sharp({
          create: {
            width: 200,
            height: 200,
            channels: 3,
            background: "#000",
            noise: { type: "gaussian", mean: 128, sigma: 40 },
          },
        })
          .jpeg()
          .toBuffer();
        return image.subarray(0, Math.floor(image.length * 0.6));
      },
    ],
    [
      "a PNG whose header CRC is wrong",
      async () => {
        const image = Buffer.from(await png());
        image[20] = (image[20] ?? 0) ^ 0xff;
        return image;
      },
    ],
    ["a GIF with only its header", async () => (await gif()).subarray(0, 13)],
    ["a WebP with only its RIFF header", async () => Buffer.from("RIFF\x20\0\0\0WEBPVP8 ", "latin1")],
    ["an empty file", async () => Buffer.alloc(0)],
  ])("%s is refused as not an image", async (_name, make) => {
    expect((await rejection(await make())).reason).toBe("not-an-image");
  });
});

describe("EXIF is stripped", () => {
  it("a phone JPEG with a GPS position leaves no EXIF, GPS, camera or owner data in the WebP", async () => {
    const input = await phoneJpeg();
    const inputMeta = await sharp(input).metadata();
    expect(inputMeta.exif?.length).toBeGreaterThan(0);
    expect(input.includes("Jane Attendee")).toBe(true);

    const out = await processImage(input);
    expect(isCleanWebp(out.body)).toBe(true);
    const meta = await sharp(out.body).metadata();
    expect([meta.exif, meta.xmp, meta.icc, meta.iptc]).toEqual([undefined, undefined, undefined, undefined]);
    for (const trace of ["Exif", "GPS", "PhoneCo", "Pocket 9", "Jane Attendee"]) {
      expect(out.body.includes(trace)).toBe(false);
    }
  });

  it("scales to the maximum dimension whatever the aspect ratio", async () => {
    const out = await processImage(await png(limits.imageMaxDimension * 2, 100));
    expect(out.width).toBe(limits.imageMaxDimension);
    expect(out.height).toBe(50);
  });
});

describe("SVG: only ever a rasterised WebP", () => {
  let server: ReturnType<typeof createServer>;
  let base: string;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.writeHead(200, { "content-type": "image/png" });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    hits.length = 0;
  });

  const svg = (body: string, prolog = "") =>
    Buffer.from(
      `${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
        `xmlns:xi="http://www.w3.org/2001/XInclude" width="10" height="10">${body}</svg>`,
    );

  it("renders without fetching anything: images, use, CSS imports, fonts, XInclude, external DTD", async () => {
    const inputs = [
      svg(`<image href="${base}/a.png" xlink:href="${base}/b.png" width="10" height="10"/>`),
      svg(`<use href="${base}/c.svg#x"/>`),
      svg(
        `<style>@import url("${base}/d.css"); rect { fill: url(${base}/e.svg#g) }</style><rect width="10" height="10"/>`,
      ),
      svg(
        `<style>@font-face { font-family: x; src: url(${base}/f.woff) }</style><text font-family="x" y="8">hi</text>`,
      ),
      svg(`<text y="8"><xi:include href="${base}/g.txt" parse="text"/></text>`),
      svg(`<text y="8"><xi:include href="file:///etc/hostname" parse="text"/></text>`),
      svg("", `<?xml version="1.0"?><!DOCTYPE svg SYSTEM "${base}/h.dtd">`),
      svg(
        `<script>fetch("${base}/i")</script><a href="javascript:alert(1)"><rect width="5" height="5"/></a>`,
      ),
    ];
    for (const input of inputs) {
      expect(detectImageType(input)).toBe("svg");
      const out = await processImage(input);
      expect(isCleanWebp(out.body)).toBe(true);
      expect(out.body.includes("<svg")).toBe(false);
      expect(out.body.includes("script")).toBe(false);
    }
    // Give a stray request time to arrive before asserting that none did.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hits).toEqual([]);
  });

  it.each([
    [
      "an internal entity (billion laughs)",
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>`,
    ],
    [
      "an external entity (XXE)",
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>`,
    ],
    ["a lowercase entity declaration", `<!DOCTYPE svg [<!entity x SYSTEM "file:///etc/passwd">]>`],
    ["a parameter entity", `<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>`],
    ["an internal DTD subset without entities", `<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>`],
    ["a declared UTF-7 encoding (hides markup from the sniffer)", `<?xml version="1.0" encoding="UTF-7"?>`],
    ["a declared UTF-16 encoding", `<?xml version="1.0" encoding="UTF-16"?>`],
  ])("refuses an SVG with %s", async (_name, prolog) => {
    const input = svg(`<rect width="10" height="10" fill="red"/>`, prolog);
    expect(detectImageType(input)).toBeNull();
    expect((await rejection(input)).reason).toBe("not-an-image");
  });

  it("accepts an SVG that declares UTF-8 (or no encoding)", async () => {
    for (const prolog of [
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<?xml version='1.0' encoding='utf-8'?>",
      "",
    ]) {
      expect(detectImageType(svg("", prolog))).toBe("svg");
    }
  });

  it("refuses SVG inside HTML, and HTML that merely mentions svg", async () => {
    for (const input of [
      Buffer.from(`<html><body><svg xmlns="http://www.w3.org/2000/svg" width="5" height="5"/></body></html>`),
      Buffer.from(`<!-- <svg> --><script>alert(1)</script>`),
      Buffer.from(`<svgx onload="alert(1)"/>`),
    ]) {
      expect((await rejection(input)).reason).toBe("not-an-image");
    }
  });
});
