import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, items, variants } from "@/db/schema";
import type { PublicItem } from "@/lib/events/queries";
import { toLibraryImage, type PageLibraryImage } from "@/lib/pages/drafts/library-image";

/** Enough for a picker; older uploads stay usable in saved pages, they just drop off the list. */
const LIBRARY_SIZE = 200;

/**
 * The organisation's uploaded images, newest first: every one was checked and re-encoded when it was stored,
 * and only the organisation's own are offered, so a page can only point at images the save action accepts.
 */
export async function listLibraryImages({
  db,
  orgId,
  timeZone,
}: {
  db: Db;
  orgId: string;
  /** The event's, for the labels' upload times. */
  timeZone: string;
}): Promise<PageLibraryImage[]> {
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
    .limit(LIBRARY_SIZE);
  return rows.map((row) => toLibraryImage(row, timeZone));
}

/**
 * The event's active items as the attendees' page shows them, for the editor's live preview of the Items
 * block. Scoped by organisation through the event id the caller already resolved with getOrgEvent; carries
 * no order or attendee data, only the catalog.
 */
export async function listPreviewItems({
  db,
  orgId,
  eventId,
}: {
  db: Db;
  orgId: string;
  eventId: string;
}): Promise<PublicItem[]> {
  const rows = await db
    .select({
      itemId: items.id,
      name: items.name,
      description: items.description,
      priceMinor: items.priceMinor,
      maxPerOrder: items.maxPerOrder,
      image: { url: blobs.url, width: blobs.width, height: blobs.height },
      variant: { id: variants.id, label: variants.label, stock: variants.stock },
    })
    .from(items)
    .leftJoin(blobs, and(eq(blobs.id, items.imageBlobId), eq(blobs.orgId, orgId)))
    .leftJoin(variants, and(eq(variants.itemId, items.id), eq(variants.eventId, items.eventId)))
    .where(and(eq(items.eventId, eventId), eq(items.active, true), isNull(items.archivedAt)))
    .orderBy(
      asc(items.displayOrder),
      asc(items.createdAt),
      asc(items.id),
      asc(variants.displayOrder),
      asc(variants.createdAt),
      asc(variants.id),
    );
  const byId = new Map<string, PublicItem>();
  for (const r of rows) {
    let item = byId.get(r.itemId);
    if (!item) {
      item = {
        id: r.itemId,
        name: r.name,
        description: r.description,
        priceMinor: r.priceMinor,
        maxPerOrder: r.maxPerOrder,
        image: r.image,
        variants: [],
      };
      byId.set(r.itemId, item);
    }
    if (r.variant) item.variants.push(r.variant);
  }
  return [...byId.values()];
}
