import { del, put } from "@vercel/blob";
import type { StorageAdapter } from "./adapter";
import { assertBlobKey, contentTypeForKey } from "./keys";

export interface VercelBlobStorageOptions {
  /** The store's read-write token (BLOB_READ_WRITE_TOKEN). */
  token: string;
  /**
   * Origin that serves the store's public blobs. Default: derived from the token, as the SDK itself does
   * (`https://{storeId}.public.blob.vercel-storage.com`). Tests point it at a local stand-in.
   */
  publicBaseUrl?: string;
}

/** Keys embed random ids and are never rewritten, so browsers and the CDN may cache them for a year. */
export const BLOB_CACHE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** A read-write token reads `vercel_blob_rw_{storeId}_{secret}`; the SDK parses it the same way. */
export function storeIdFromToken(token: string): string {
  const storeId = token.split("_")[3] ?? "";
  if (!/^[A-Za-z0-9]+$/.test(storeId)) {
    throw new Error(
      "BLOB_READ_WRITE_TOKEN does not look like a Vercel Blob read-write token (vercel_blob_rw_…)",
    );
  }
  return storeId;
}

/**
 * Vercel Blob through the official SDK. The SDK's API origin can be overridden with VERCEL_BLOB_API_URL, which
 * the tests use to drive this real code path against test/blob-stand-in.ts.
 */
export function createVercelBlobStorage(options: VercelBlobStorageOptions): StorageAdapter {
  const { token } = options;
  const publicBaseUrl = (
    options.publicBaseUrl ?? `https://${storeIdFromToken(token)}.public.blob.vercel-storage.com`
  ).replace(/\/+$/, "");

  return {
    kind: "vercel-blob",

    async put(key, body, contentType) {
      assertBlobKey(key, contentType);
      const result = await put(key, body, {
        access: "public",
        token,
        contentType,
        // The key is already unique and is what the database records; a suffix would make it a different key.
        addRandomSuffix: false,
        allowOverwrite: false,
        cacheControlMaxAge: BLOB_CACHE_MAX_AGE_SECONDS,
      });
      return { key, url: result.url };
    },

    async get(key) {
      assertBlobKey(key);
      // Public blobs are plain HTTPS objects; no SDK call (and no API operation) is needed to read one.
      const response = await fetch(`${publicBaseUrl}/${key}`, { cache: "no-store" });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Vercel Blob: reading ${key} failed with HTTP ${response.status}`);
      return {
        body: Buffer.from(await response.arrayBuffer()),
        contentType:
          response.headers.get("content-type") ?? contentTypeForKey(key) ?? "application/octet-stream",
      };
    },

    async delete(key) {
      assertBlobKey(key);
      await del(`${publicBaseUrl}/${key}`, { token });
    },
  };
}
