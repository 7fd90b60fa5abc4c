import { env, type Env } from "@/lib/env";
import type { StorageAdapter } from "./adapter";
import { createLocalStorage } from "./local";
import { createVercelBlobStorage } from "./vercel-blob";

export type { StorageAdapter, StoredObject } from "./adapter";

let cached: { token: string | undefined; adapter: StorageAdapter } | undefined;

/**
 * The configured storage: Vercel Blob when BLOB_READ_WRITE_TOKEN is set, otherwise files under `.data/blobs`.
 * Tests may pass their own configuration.
 */
export function getStorage(config: Pick<Env, "BLOB_READ_WRITE_TOKEN"> = env()): StorageAdapter {
  const token = config.BLOB_READ_WRITE_TOKEN;
  if (!cached || cached.token !== token) {
    cached = { token, adapter: token ? createVercelBlobStorage({ token }) : createLocalStorage() };
  }
  return cached.adapter;
}
