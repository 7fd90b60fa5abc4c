import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startBlobStandIn, type BlobStandIn } from "@/test/blob-stand-in";
import { getStorage } from "./index";
import { newBlobKey } from "./keys";
import { BLOB_CACHE_MAX_AGE_SECONDS, createVercelBlobStorage, storeIdFromToken } from "./vercel-blob";

// The real @vercel/blob SDK, pointed at a local stand-in of its API through the SDK's own override.
let standIn: BlobStandIn;

beforeAll(async () => {
  standIn = await startBlobStandIn();
  vi.stubEnv("VERCEL_BLOB_API_URL", standIn.apiUrl);
  // A refused request should fail the test at once, not after the SDK's ten retries.
  vi.stubEnv("VERCEL_BLOB_RETRIES", "0");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await standIn.close();
});

beforeEach(() => {
  standIn.blobs.clear();
  standIn.requests.length = 0;
});

const body = Buffer.from("RIFF\0\0\0\0WEBPVP8 pretend image");
const adapter = () => createVercelBlobStorage({ token: standIn.token, publicBaseUrl: standIn.publicBaseUrl });

describe("Vercel Blob storage (real SDK against the stand-in)", () => {
  it("puts a public, long-cached blob under exactly its key", async () => {
    const key = newBlobKey({ orgId: randomUUID() });
    const stored = await adapter().put(key, body, "image/webp");
    expect(stored).toEqual({ key, url: `${standIn.publicBaseUrl}/${key}` });

    const blob = standIn.blobs.get(key);
    expect(blob?.body).toEqual(body);
    expect(blob?.contentType).toBe("image/webp");
    expect(blob?.access).toBe("public");
    expect(blob?.cacheControlMaxAge).toBe(BLOB_CACHE_MAX_AGE_SECONDS);

    const [request] = standIn.requests;
    expect(request?.method).toBe("PUT");
    expect(request?.headers.authorization).toBe(`Bearer ${standIn.token}`);
    expect(request?.headers["x-add-random-suffix"]).toBe("0");
    expect(request?.headers["x-allow-overwrite"]).toBe("0");
  });

  it("gets a stored blob by fetching its public URL, and null once it is deleted", async () => {
    const storage = adapter();
    const key = newBlobKey({ orgId: randomUUID() });
    await storage.put(key, body, "image/webp");

    expect(await storage.get(key)).toEqual({ body, contentType: "image/webp" });

    await storage.delete(key);
    expect(standIn.blobs.has(key)).toBe(false);
    expect(standIn.requests.some((r) => r.method === "POST" && r.path === "/delete")).toBe(true);
    expect(await storage.get(key)).toBeNull();
  });

  it("surfaces a refused token as an error", async () => {
    const storage = createVercelBlobStorage({
      token: "vercel_blob_rw_standinstore_wrong",
      publicBaseUrl: standIn.publicBaseUrl,
    });
    await expect(storage.put(newBlobKey({ orgId: randomUUID() }), body, "image/webp")).rejects.toThrow(
      /Access denied/,
    );
    expect(standIn.blobs.size).toBe(0);
  });

  it("refuses an invalid key before calling the API", async () => {
    await expect(adapter().put("../../elsewhere.webp", body, "image/webp")).rejects.toThrow(
      /Invalid storage key/,
    );
    await expect(adapter().delete("org/../x.webp")).rejects.toThrow(/Invalid storage key/);
    expect(standIn.requests).toEqual([]);
  });

  it("derives the public origin from the token like the SDK does", () => {
    expect(storeIdFromToken("vercel_blob_rw_AbC123xyz_s3cr3t")).toBe("AbC123xyz");
    expect(() => storeIdFromToken("not-a-token")).toThrow(/BLOB_READ_WRITE_TOKEN/);
  });
});

describe("getStorage", () => {
  it("uses Vercel Blob when BLOB_READ_WRITE_TOKEN is set and local files otherwise", () => {
    expect(getStorage({ BLOB_READ_WRITE_TOKEN: standIn.token }).kind).toBe("vercel-blob");
    expect(getStorage({ BLOB_READ_WRITE_TOKEN: undefined }).kind).toBe("local");
  });
});
