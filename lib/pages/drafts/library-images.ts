import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs } from "@/db/schema";
import { toLibraryImage, type PageLibraryImage } from "./library-image";

/** How many uploads the picker lists (newest first): enough for any event, bounded like every list. */
export const LIBRARY_IMAGES_MAX = 200;

/** The organisation's uploaded images for the editor's image picker, newest first. */
export async function listLibraryImages(
  db: Db,
  { orgId, timeZone }: { orgId: string; timeZone: string },
): Promise<PageLibraryImage[]> {
  const rows = await db
    .select({
      id: blobs.id,
      url: blobs.url,
      width: blobs.width,
      height: blobs.height,
      createdAt: blobs.createdAt,
    })
    .from(blobs)
    .where(eq(blobs.orgId, orgId))
    .orderBy(desc(blobs.createdAt), desc(blobs.id))
    .limit(LIBRARY_IMAGES_MAX);
  return rows.map((row) => toLibraryImage(row, timeZone));
}
