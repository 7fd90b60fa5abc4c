import sharp, { type Metadata } from "sharp";
import { limits } from "@/lib/limits";
import { detectImageType, type DetectedImageType } from "./detect-image-type";

export type ImageRejectionReason = "not-an-image" | "too-many-bytes" | "too-many-pixels";

/** An upload we refuse, with a message fit to show the person who uploaded it. */
export class ImageRejectedError extends Error {
  readonly reason: ImageRejectionReason;

  constructor(reason: ImageRejectionReason, options?: { cause?: unknown }) {
    super(rejectionMessages[reason], options);
    this.name = "ImageRejectedError";
    this.reason = reason;
  }
}

export const rejectionMessages: Record<ImageRejectionReason, string> = {
  "not-an-image": "The file is not an image",
  "too-many-bytes": `Images must be at most ${Math.round(limits.uploadMaxBytes / (1024 * 1024))} MB`,
  "too-many-pixels": `The image is too large (max ${Math.round(limits.imageMaxPixels / 1_000_000)} megapixels)`,
};

export interface ProcessedImage {
  body: Buffer;
  contentType: "image/webp";
  width: number;
  height: number;
  bytes: number;
}

const WEBP_QUALITY = 82;
/** A pathological file must not hold a worker thread for long. */
const PROCESSING_TIMEOUT_SECONDS = 20;

/**
 * Sharp's options for untrusted input: the pixel limit is checked against the header before any pixel is
 * decoded (a 20000×20000 PNG can be a few kilobytes), and failOn "warning" is what sharp recommends for
 * untrusted input. Only the first frame of an animation is read.
 */
const untrusted = { limitInputPixels: limits.imageMaxPixels, failOn: "warning", pages: 1 } as const;

/** What sharp reports for each type we detect; AVIF is a HEIF container whose codec must be AV1. */
function matchesDetectedType(type: DetectedImageType, metadata: Metadata): boolean {
  if (type === "avif") return metadata.format === "heif" && metadata.compression === "av1";
  return metadata.format === type;
}

/**
 * Checks an upload (type by content, size, dimensions) and re-encodes it as WebP: oriented as the camera
 * intended, scaled to fit within limits.imageMaxDimension, with every piece of metadata (EXIF with GPS
 * positions, XMP, ICC, comments) dropped. SVG is accepted only as a picture: it is rasterised here and never
 * stored as SVG, so its scripts and links cannot reach a browser.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.length > limits.uploadMaxBytes) throw new ImageRejectedError("too-many-bytes");
  const type = detectImageType(input);
  if (!type) throw new ImageRejectedError("not-an-image");

  let metadata: Metadata;
  try {
    metadata = await sharp(input, untrusted).metadata();
  } catch (error) {
    throw rejectionFor(error);
  }
  if (!matchesDetectedType(type, metadata) || !metadata.width || !metadata.height) {
    throw new ImageRejectedError("not-an-image");
  }
  if (metadata.width * metadata.height > limits.imageMaxPixels)
    throw new ImageRejectedError("too-many-pixels");

  try {
    const { data, info } = await sharp(input, untrusted)
      .timeout({ seconds: PROCESSING_TIMEOUT_SECONDS })
      .rotate()
      .resize({
        width: limits.imageMaxDimension,
        height: limits.imageMaxDimension,
        fit: "inside",
        withoutEnlargement: true,
      })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return {
      body: data,
      contentType: "image/webp",
      width: info.width,
      height: info.height,
      bytes: data.length,
    };
  } catch (error) {
    throw rejectionFor(error);
  }
}

function rejectionFor(error: unknown): ImageRejectedError {
  const message = error instanceof Error ? error.message : "";
  return new ImageRejectedError(/pixel limit/i.test(message) ? "too-many-pixels" : "not-an-image", {
    cause: error,
  });
}
