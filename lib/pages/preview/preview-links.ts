import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pagePreviewLinks, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashToken } from "@/lib/crypto/hmac-token";
import { getOrgEvent } from "@/lib/events/org-event";
import { reject } from "@/lib/validation/action-result";
import { memberName } from "../drafts/published-versions";

export type ActivePreviewLink = {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  createdByName: string | null;
};

/**
 * The event's preview links that still open the draft (not revoked, not expired), oldest first, with who made
 * each. The URL itself is not stored (only its hash), so the list identifies a link by when and by whom.
 */
export async function listActivePreviewLinks(
  db: Db,
  { orgId, eventId, now = new Date() }: { orgId: string; eventId: string; now?: Date },
): Promise<ActivePreviewLink[]> {
  const event = await getOrgEvent({ db, orgId, eventId });
  const rows = await db
    .select({
      id: pagePreviewLinks.id,
      createdAt: pagePreviewLinks.createdAt,
      expiresAt: pagePreviewLinks.expiresAt,
      name: users.name,
      email: users.email,
    })
    .from(pagePreviewLinks)
    .leftJoin(users, eq(users.id, pagePreviewLinks.createdByUserId))
    .where(and(eq(pagePreviewLinks.eventId, event.id), gt(pagePreviewLinks.expiresAt, now)))
    .orderBy(asc(pagePreviewLinks.createdAt), asc(pagePreviewLinks.id));
  return rows.map(({ name, email, ...link }) => ({ ...link, createdByName: memberName({ name, email }) }));
}

/**
 * Revokes one preview link of an event of the organisation: its row goes, so its token stops opening the
 * preview at once (the loader requires the row); the event's other links keep working. A link of another
 * event or organisation, or one already revoked, is "not found" and nothing changes.
 */
export async function revokePreviewLink(
  db: Db,
  { actor, eventId, linkId }: { actor: { orgId: string; userId: string }; eventId: string; linkId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const event = await getOrgEvent({ db: tx, orgId: actor.orgId, eventId });
    const [gone] = await tx
      .delete(pagePreviewLinks)
      .where(and(eq(pagePreviewLinks.id, linkId), eq(pagePreviewLinks.eventId, event.id)))
      .returning({ id: pagePreviewLinks.id, expiresAt: pagePreviewLinks.expiresAt });
    if (!gone) reject("not_found", "This preview link does not exist or was already revoked.");
    await recordAudit(tx, {
      orgId: event.orgId,
      actorUserId: actor.userId,
      action: "page.preview_revoked",
      targetType: "event",
      targetId: event.id,
      details: { linkId: gone.id, expiresAt: gone.expiresAt.toISOString() },
    });
  });
}

/** Whether a (signature-checked) preview token of this event is still an unrevoked, recorded link. */
export async function isRecordedPreviewLink(
  db: Db,
  { eventId, token }: { eventId: string; token: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: pagePreviewLinks.id })
    .from(pagePreviewLinks)
    .where(and(eq(pagePreviewLinks.tokenHash, hashToken(token)), eq(pagePreviewLinks.eventId, eventId)));
  return Boolean(row);
}
