import "server-only";
import type { Db } from "@/db/client";
import type { Blob, Event } from "@/db/schema";
import { reject } from "@/lib/validation/action-result";
import type { StorageAdapter } from "@/lib/storage/adapter";
import { ImageRejectedError } from "@/lib/storage/images";
import { getStorage } from "@/lib/storage/index";
import { storeImage } from "@/lib/storage/store-image";
import { getOrgEvent } from "./org-event";

/**
 * Stores an image uploaded in one of an event's editors (a form's size chart, a landing page's hero): checked
 * by content, re-encoded as WebP with metadata stripped by storeImage. The event is found in the member's
 * organisation first, so nothing is stored for another's event; a refused image is `invalid_input` on the
 * `file` field. The blob is referenced once the draft naming it is saved; until then a clean-up must leave
 * recent uploads alone (see lib/storage/blob-references.ts).
 */
export async function uploadEventImage({
  db,
  orgId,
  eventId,
  file,
  storage = getStorage(),
}: {
  db: Db;
  orgId: string;
  eventId: string;
  file: globalThis.Blob;
  storage?: StorageAdapter;
}): Promise<{ blob: Blob; event: Event }> {
  const event = await getOrgEvent({ db, orgId, eventId });
  try {
    const blob = await storeImage({ db, orgId, input: Buffer.from(await file.arrayBuffer()), storage });
    return { blob, event };
  } catch (error) {
    if (error instanceof ImageRejectedError) {
      reject("invalid_input", "The image was not accepted.", { file: [error.message] });
    }
    throw error;
  }
}
