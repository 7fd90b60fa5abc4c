import { getStorage } from "@/lib/storage";
import { serveLocalBlob } from "@/lib/storage/serve-local-blob";

// Reads the local disk.
export const runtime = "nodejs";

/** Files of the local storage adapter; 404 when Vercel Blob is configured (its CDN serves them). */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  return serveLocalBlob({ storage: getStorage(), key: key.join("/") });
}
