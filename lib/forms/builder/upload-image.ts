import "server-only";
import type { Db } from "@/db/client";
import { reject } from "@/lib/validation/action-result";
import type { StorageAdapter } from "@/lib/storage/adapter";
import { ImageRejectedError } from "@/lib/storage/images";
import { getStorage } from "@/lib/storage/index";
import { storeImage } from "@/lib/storage/store-image";
import type { Actor } from "./save-draft";
import { getOrgEvent } from "@/lib/events/org-event";

/**
 * Stores an image for an image block (a size chart): checked by content, re-encoded as WebP by storeImage.
 * The event is found in the member's organisation first, so nothing is stored for another's event. The
 * blob is referenced once the draft holding its URL is saved; until then a clean-up must leave recent
 * uploads alone (see lib/storage/blob-references.ts).
 */
export async function uploadFormImage({
  db,
  actor,
  eventId,
  file,
  storage = getStorage(),
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  file: Blob;
  storage?: StorageAdapter;
}): Promise<{ url: string; width: number; height: number }> {
  await getOrgEvent({ db, orgId: actor.orgId, eventId });
  try {
    const blob = await storeImage({
      db,
      orgId: actor.orgId,
      input: Buffer.from(await file.arrayBuffer()),
      storage,
    });
    return { url: blob.url, width: blob.width, height: blob.height };
  } catch (error) {
    if (error instanceof ImageRejectedError) {
      reject("invalid_input", "The image was not accepted.", { file: [error.message] });
    }
    throw error;
  }
}
