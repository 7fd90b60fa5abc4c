import { limits } from "@/lib/limits";

/**
 * What an upload is, decided by its first bytes and never by its name or the browser's claimed type.
 * Only the formats we accept are recognised; everything else (executables, HTML, PDFs, archives…) is null.
 * The accepted formats are listed once, in lib/limits.ts (`uploadImageTypes`), which the upload pickers offer.
 */
export type DetectedImageType = keyof typeof limits.uploadImageTypes;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ascii(input: Buffer, start: number, end: number): string {
  return input.subarray(start, end).toString("latin1");
}

export function detectImageType(input: Buffer): DetectedImageType | null {
  if (input.length >= 8 && input.subarray(0, 8).equals(PNG_SIGNATURE)) return "png";
  if (input.length >= 3 && input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return "jpeg";
  if (input.length >= 6 && (ascii(input, 0, 6) === "GIF87a" || ascii(input, 0, 6) === "GIF89a")) return "gif";
  if (input.length >= 12 && ascii(input, 0, 4) === "RIFF" && ascii(input, 8, 12) === "WEBP") return "webp";
  if (isAvif(input)) return "avif";
  if (looksLikeSvg(input)) return "svg";
  return null;
}

/** ISO-BMFF: a `ftyp` box whose major or compatible brands name AVIF (HEIC and other HEIF flavours are not). */
function isAvif(input: Buffer): boolean {
  if (input.length < 16 || ascii(input, 4, 8) !== "ftyp") return false;
  const boxSize = input.readUInt32BE(0);
  if (boxSize < 16 || boxSize > input.length || boxSize > 4096) return false;
  const brands = [ascii(input, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(input, offset, offset + 4));
  return brands.includes("avif") || brands.includes("avis");
}

/**
 * SVG is text, so it is recognised by sniffing: after an optional BOM, XML declaration, comments and a
 * DOCTYPE, the root element must be <svg>. Documents declaring entities are refused outright (entity
 * expansion bombs, external entities), even though the rasteriser has its own guards. So is any declared
 * encoding but UTF-8: the checks here read the bytes as UTF-8, and another encoding (UTF-7 spells `<` as
 * `+ADw-`) could hide an entity declaration from them while the XML parser still sees it.
 */
function looksLikeSvg(input: Buffer): boolean {
  const head = input
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  if (/<!ENTITY/i.test(input.toString("utf8"))) return false;
  const encoding = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/i.exec(head)?.[1];
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) return false;
  const prolog = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^>[]*>)\s*)*<svg[\s>]/i;
  return prolog.test(head);
}
