/**
 * Where uploaded files live. The domain only sees this interface; which implementation is used is decided
 * by configuration in ./index.ts (Vercel Blob with a token, local files without one).
 */
export interface StoredObject {
  body: Buffer;
  contentType: string;
}

export interface StorageAdapter {
  /** Which implementation this is; the local file route only serves when it is "local". */
  readonly kind: "local" | "vercel-blob";
  /** Stores `body` under `key` (see ./keys.ts for the one allowed shape) and returns its public URL. */
  put(key: string, body: Buffer, contentType: string): Promise<{ key: string; url: string }>;
  /** The stored bytes and content type, or null when nothing is stored under `key`. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes `key`; removing a key that does not exist is not an error. */
  delete(key: string): Promise<void>;
}
