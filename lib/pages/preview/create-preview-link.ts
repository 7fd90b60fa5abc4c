import "server-only";
import { and, eq, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pagePreviewLinks } from "@/db/schema";
import { hashToken } from "@/lib/crypto/hmac-token";
import { getOrgEvent } from "@/lib/events/org-event";
import { reject } from "@/lib/validation/action-result";
import { eventUrl } from "@/lib/tenancy/event-url";
import { createPreviewToken } from "../preview-token";

/**
 * A private preview link to the event's draft page on its real subdomain (ADR 022). The event is looked up
 * within the organisation first, so an id from the browser never yields a link to another organisation's
 * draft; an archived event has no shop to preview.
 *
 * The link is recorded (its token's sha256, expiry and creator: ADR 031) so the Page tab can list it and
 * revoke it alone. Two links asked for in the same second are the same token: the second call finds the row
 * and returns the same link. The event's expired rows are deleted on the way, so the table stays small.
 */
export async function createPreviewLink({
  db,
  orgId,
  eventId,
  userId = null,
  now = new Date(),
}: {
  db: Db;
  orgId: string;
  eventId: string;
  /** Who asked for it, shown in the list of active links. */
  userId?: string | null;
  now?: Date;
}): Promise<{ id: string; url: string; expiresAt: Date }> {
  const event = await getOrgEvent({ db, orgId, eventId });
  if (event.status === "archived") {
    reject("conflict", "This event is archived: it has no shop to preview. Restore it first.");
  }
  const { token, expiresAt } = createPreviewToken({ eventId: event.id, now });
  const tokenHash = hashToken(token);
  await db
    .delete(pagePreviewLinks)
    .where(and(eq(pagePreviewLinks.eventId, event.id), lte(pagePreviewLinks.expiresAt, now)));
  await db
    .insert(pagePreviewLinks)
    .values({ eventId: event.id, tokenHash, expiresAt, createdByUserId: userId, createdAt: now })
    .onConflictDoNothing({ target: pagePreviewLinks.tokenHash });
  const [row] = await db
    .select({ id: pagePreviewLinks.id })
    .from(pagePreviewLinks)
    .where(eq(pagePreviewLinks.tokenHash, tokenHash));
  if (!row) reject("conflict", "The link was revoked while it was being made. Make a new one.");
  return { id: row.id, url: eventUrl(event.slug, `/preview/${token}`), expiresAt };
}
