import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs } from "@/db/schema";
import type { PublicImage } from "@/lib/events/queries";
import { referencedBlobIds } from "./page-document";
import type { RenderablePage } from "./renderable-page";

/**
 * The uploaded images a page's blocks and theme (logo, favicon) point at, resolved within the event's
 * organisation: an id belonging to another organisation, or to nothing, is simply absent, and the block
 * renders without it (components/page-blocks never shows an image it was not given here).
 */
export async function loadPageImages(
  db: Db,
  { orgId, page }: { orgId: string; page: RenderablePage },
): Promise<ReadonlyMap<string, PublicImage>> {
  const ids = new Set(referencedBlobIds(page.document));
  if (page.theme.logoBlobId) ids.add(page.theme.logoBlobId);
  if (page.theme.faviconBlobId) ids.add(page.theme.faviconBlobId);
  if (ids.size === 0) return new Map();
  const rows = await db
    .select({ id: blobs.id, url: blobs.url, width: blobs.width, height: blobs.height })
    .from(blobs)
    .where(and(eq(blobs.orgId, orgId), inArray(blobs.id, [...ids])));
  return new Map(rows.map(({ id, ...image }) => [id, image]));
}
