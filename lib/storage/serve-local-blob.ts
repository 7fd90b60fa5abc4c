import type { StorageAdapter } from "./adapter";
import { isValidBlobKey } from "./keys";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * The response of GET /api/blobs/{key}: a file of the local storage adapter. With any other adapter the
 * files live on that service's CDN, so this answers 404, as it does for a malformed or unknown key.
 * Keys are random and never rewritten, hence the year-long immutable caching.
 */
export async function serveLocalBlob({
  storage,
  key,
}: {
  storage: StorageAdapter;
  key: string;
}): Promise<Response> {
  if (storage.kind !== "local" || !isValidBlobKey(key)) return notFound();

  const object = await storage.get(key);
  if (!object) return notFound();

  const fileName = key.slice(key.lastIndexOf("/") + 1);
  return new Response(new Uint8Array(object.body), {
    headers: {
      "Content-Type": object.contentType,
      "Content-Length": String(object.body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // The file name comes from a validated key (hex digits, dashes, one extension): nothing to escape.
      "Content-Disposition": `inline; filename="${fileName}"`,
      // Only images are stored; should one ever be opened as a document, it can run and load nothing.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
