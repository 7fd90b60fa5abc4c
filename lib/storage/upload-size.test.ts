import { describe, expect, it, vi } from "vitest";
import { limits } from "@/lib/limits";
import { ImageRejectedError, processImage } from "./images";

// Counts every call into sharp, so the test can prove an oversized upload never reaches the decoder.
const sharpCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("sharp", async (importOriginal) => {
  const actual = await importOriginal<typeof import("sharp")>();
  const counted = (...args: Parameters<typeof actual.default>) => {
    sharpCalls.count += 1;
    return actual.default(...args);
  };
  return { ...actual, default: counted };
});

/** A PNG signature and IHDR in front of `bytes` of padding: it looks like an image to every sniffer. */
function pngShaped(bytes: number): Buffer {
  const file = Buffer.alloc(bytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(file);
  file.write("IHDR", 12, "latin1");
  return file;
}

describe("upload size", () => {
  it("refuses a 50 MB file by its size before sharp sees a byte", async () => {
    sharpCalls.count = 0;
    const error = await processImage(pngShaped(50 * 1024 * 1024)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageRejectedError);
    expect((error as ImageRejectedError).reason).toBe("too-many-bytes");
    expect((error as ImageRejectedError).message).toBe("Images must be at most 5 MB");
    expect(sharpCalls.count).toBe(0);
  });

  it("draws the line at exactly limits.uploadMaxBytes", async () => {
    sharpCalls.count = 0;
    const atLimit = await processImage(pngShaped(limits.uploadMaxBytes)).catch((e: unknown) => e);
    // At the limit the file is decoded (and is junk): the size check let it through.
    expect((atLimit as ImageRejectedError).reason).toBe("not-an-image");
    expect(sharpCalls.count).toBeGreaterThan(0);

    sharpCalls.count = 0;
    const over = await processImage(pngShaped(limits.uploadMaxBytes + 1)).catch((e: unknown) => e);
    expect((over as ImageRejectedError).reason).toBe("too-many-bytes");
    expect(sharpCalls.count).toBe(0);
  });

  it("keeps the server action body limit just above the upload limit (Next refuses bigger bodies first)", () => {
    expect(limits.serverActionBodyBytes).toBeGreaterThan(limits.uploadMaxBytes);
    expect(limits.serverActionBodyBytes).toBeLessThanOrEqual(limits.uploadMaxBytes + 2 * 1024 * 1024);
  });
});
