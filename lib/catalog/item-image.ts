import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, items } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import type { StorageAdapter } from "@/lib/storage/adapter";
import { ImageRejectedError } from "@/lib/storage/images";
import { logger } from "@/lib/observability/logger";
import { deleteBlobIfUnreferenced } from "@/lib/storage/blob-references";
import { getStorage } from "@/lib/storage/index";
import { storeImage } from "@/lib/storage/store-image";
import { lockItem } from "./item-locks";
import { getOrgEvent } from "@/lib/events/org-event";

type Actor = { orgId: string; userId: string };

/**
 * Replaces an item's image. The item is found in the member's organisation before anything is stored, so a
 * refused request leaves no blob behind; the image is checked by content and re-encoded by storeImage.
 * The previous image is deleted afterwards unless something still refers to it (a duplicated event's item,
 * a landing page, a form): see releasePreviousImage.
 */
export async function setItemImage({
  db,
  actor,
  eventId,
  itemId,
  file,
  storage = getStorage(),
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemId: string;
  file: Blob;
  storage?: StorageAdapter;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  await lockItem({ tx: db, orgId: actor.orgId, eventId: event.id, itemId, lock: false });
  let blob;
  try {
    blob = await storeImage({
      db,
      orgId: actor.orgId,
      input: Buffer.from(await file.arrayBuffer()),
      storage,
    });
  } catch (error) {
    if (error instanceof ImageRejectedError) {
      reject("invalid_input", "The image was not accepted.", { image: [error.message] });
    }
    throw error;
  }
  let result;
  try {
    result = await db.transaction(async (tx) => {
      const item = await lockItem({ tx, orgId: actor.orgId, eventId: event.id, itemId });
      await tx.update(items).set({ imageBlobId: blob.id }).where(eq(items.id, item.id));
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorUserId: actor.userId,
        action: "item.updated",
        targetType: "item",
        targetId: item.id,
        details: { eventId: event.id, image: { from: item.imageBlobId, to: blob.id } },
      });
      return { blobId: blob.id, url: blob.url, previousBlobId: item.imageBlobId };
    });
  } catch (error) {
    // The item vanished meanwhile: the new image belongs to nothing, so it goes.
    await db.delete(blobs).where(and(eq(blobs.id, blob.id), eq(blobs.orgId, actor.orgId)));
    await storage.delete(blob.key).catch(() => undefined);
    throw error;
  }
  await releasePreviousImage({ db, orgId: actor.orgId, blobId: result.previousBlobId, storage });
  return { blobId: result.blobId, url: result.url };
}

export async function removeItemImage({
  db,
  actor,
  eventId,
  itemId,
  storage = getStorage(),
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemId: string;
  storage?: StorageAdapter;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  const previousBlobId = await db.transaction(async (tx) => {
    const item = await lockItem({ tx, orgId: actor.orgId, eventId: event.id, itemId });
    if (!item.imageBlobId) reject("conflict", `${item.name} has no image.`);
    await tx.update(items).set({ imageBlobId: null }).where(eq(items.id, item.id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "item.updated",
      targetType: "item",
      targetId: item.id,
      details: { eventId: event.id, image: { from: item.imageBlobId, to: null } },
    });
    return item.imageBlobId;
  });
  await releasePreviousImage({ db, orgId: actor.orgId, blobId: previousBlobId, storage });
}

/**
 * After the item stopped using an image (committed), delete it if nothing else refers to it (ADR 009:
 * deleteBlobIfUnreferenced checks items, landing pages, form versions and drafts under a row lock). A
 * duplicated event's item or a page that still shows it keeps it. Failing here changes nothing the organiser
 * did: the image change stands and at worst an unreferenced file is left for a clean-up job.
 */
async function releasePreviousImage({
  db,
  orgId,
  blobId,
  storage,
}: {
  db: Db;
  orgId: string;
  blobId: string | null;
  storage: StorageAdapter;
}) {
  if (!blobId) return;
  try {
    await deleteBlobIfUnreferenced({ db, blobId, orgId, storage });
  } catch (err) {
    logger.warn({ err, blobId }, "item image: previous image not deleted");
  }
}
