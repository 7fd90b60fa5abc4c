import "server-only";
// No `import "server-only"` in lib/storage: the seed script (plain Node through tsx) stores its demo images
// with this module, and that package throws outside a React Server environment. Nothing here can reach a
// browser bundle anyway (node:fs, sharp).
import { z } from "zod";
import type { Db } from "@/db/client";
import { blobs, type Blob } from "@/db/schema";
import type { StorageAdapter } from "./adapter";
import { processImage } from "./images";
import { getStorage } from "./index";
import { newBlobKey } from "./keys";

const orgIdSchema = z.uuid();

/**
 * Checks and re-encodes an uploaded image (see processImage; throws ImageRejectedError with a message for
 * the uploader), stores it under `org/{orgId}/{uuid}.webp` and records it in `blobs`. Storage is not part
 * of the database transaction, so a failed insert removes the stored file: nothing half-uploaded remains.
 */
export async function storeImage({
  db,
  orgId,
  input,
  storage = getStorage(),
}: {
  db: Db;
  orgId: string;
  input: Buffer;
  storage?: StorageAdapter;
}): Promise<Blob> {
  const org = orgIdSchema.parse(orgId);
  const image = await processImage(input);
  const key = newBlobKey({ orgId: org });
  const stored = await storage.put(key, image.body, image.contentType);
  try {
    const [row] = await db
      .insert(blobs)
      .values({
        orgId: org,
        key,
        url: stored.url,
        contentType: image.contentType,
        width: image.width,
        height: image.height,
        bytes: image.bytes,
      })
      .returning();
    if (!row) throw new Error("Inserting the blob row returned nothing");
    return row;
  } catch (error) {
    // The insert's error is the one worth reporting; a failed clean-up only leaves an unreferenced file.
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}
