import "server-only";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "@/db/client";
import { blobs } from "@/db/schema";
import { getStorage } from "@/lib/storage";

/** The logo's height on the Open Graph card, in pixels. */
export const OG_LOGO_HEIGHT = 96;

/**
 * The theme's logo as a PNG data URL for the Open Graph card: read from storage (never fetched over HTTP from
 * our own host), only when the blob belongs to the event's organisation, and converted because the card
 * renderer does not read WebP (what uploads are stored as). Null when there is none or it cannot be read; the
 * card then simply has no logo.
 */
export async function ogLogoDataUrl(
  db: Db,
  { orgId, blobId }: { orgId: string; blobId: string | null },
): Promise<{ src: string; width: number; height: number } | null> {
  if (!blobId) return null;
  const [blob] = await db
    .select({ key: blobs.key })
    .from(blobs)
    .where(and(eq(blobs.id, blobId), eq(blobs.orgId, orgId)))
    .limit(1);
  if (!blob) return null;
  try {
    const stored = await getStorage().get(blob.key);
    if (!stored) return null;
    const { data, info } = await sharp(stored.body)
      .resize({ height: OG_LOGO_HEIGHT, width: OG_LOGO_HEIGHT * 4, fit: "inside" })
      .png()
      .toBuffer({ resolveWithObject: true });
    return {
      src: `data:image/png;base64,${data.toString("base64")}`,
      width: info.width,
      height: info.height,
    };
  } catch {
    return null;
  }
}
