import "server-only";
import type { Db } from "@/db/client";
import type { StorageAdapter } from "@/lib/storage/adapter";
import { uploadEventImage } from "@/lib/events/upload-event-image";
import type { Actor } from "./save-draft";

/** Stores an image for an image block (a size chart) through the events' upload pipeline. */
export async function uploadFormImage({
  db,
  actor,
  eventId,
  file,
  storage,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  file: Blob;
  storage?: StorageAdapter;
}): Promise<{ url: string; width: number; height: number }> {
  const { blob } = await uploadEventImage({ db, orgId: actor.orgId, eventId, file, storage });
  return { url: blob.url, width: blob.width, height: blob.height };
}
