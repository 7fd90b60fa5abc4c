import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { StorageAdapter } from "./adapter";
import { assertBlobKey, contentTypeForKey, InvalidBlobKeyError } from "./keys";

export interface LocalStorageOptions {
  /** Directory holding the files. Default: `.data/blobs` under the working directory. */
  root?: string;
}

const LOCAL_BLOB_URL_PREFIX = "/api/blobs/";

/**
 * Files on the local disk, served by app/api/blobs/[...key]/route.ts. For development and self-hosting on one
 * machine; on serverless hosts (read-only, ephemeral disks) configure Vercel Blob instead.
 * The content type is not stored beside the file: it follows from the key's extension, which put() checks.
 */
export function createLocalStorage(options: LocalStorageOptions = {}): StorageAdapter {
  // turbopackIgnore: the blob directory is data, not code; without it the whole project is traced into the build.
  const root = path.resolve(
    /*turbopackIgnore: true*/ options.root ?? path.join(process.cwd(), ".data", "blobs"),
  );

  function fileFor(key: string): string {
    assertBlobKey(key);
    // The key pattern already rules out "..", but the resolved path is checked too, in case it ever loosens.
    const file = path.resolve(/*turbopackIgnore: true*/ root, key);
    if (!file.startsWith(root + path.sep)) throw new InvalidBlobKeyError(key);
    return file;
  }

  return {
    kind: "local",

    async put(key, body, contentType) {
      assertBlobKey(key, contentType);
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader (or a crash) never sees half a file under the real name.
      const temporary = `${file}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, body, { flag: "wx" });
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return { key, url: `${LOCAL_BLOB_URL_PREFIX}${key}` };
    },

    async get(key) {
      const file = fileFor(key);
      const contentType = contentTypeForKey(key);
      if (!contentType) throw new InvalidBlobKeyError(key);
      try {
        return { body: await readFile(/*turbopackIgnore: true*/ file), contentType };
      } catch (error) {
        if (isMissingFile(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      await rm(fileFor(key), { force: true });
    },
  };
}

function isMissingFile(error: unknown): boolean {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  return code === "ENOENT" || code === "ENOTDIR";
}
