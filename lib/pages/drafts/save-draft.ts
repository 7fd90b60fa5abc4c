import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pageDrafts } from "@/db/schema";
import { getOrgEvent } from "@/lib/events/org-event";
import { lockBlobsById } from "@/lib/storage/blob-references";
import { blobIdsNamedIn, checkPageDraft, type PageDraftCheck } from "./check-draft";
import { rejectStalePageDraft } from "./conflict";
import { livePage } from "./published-versions";

export type PageActor = { orgId: string; userId: string };

export type SavedPageDraft = { revision: number; savedAt: Date } & Omit<PageDraftCheck, "document" | "theme">;

/**
 * Autosave: stores the document and theme as edited, valid or not (the action's schema bounded their size),
 * and returns what would stop publishing (block errors, theme errors, contrast, images that are not the
 * organisation's) for the editor to show. Optimistic concurrency as in the form builder: the write is
 * conditional on the revision the browser last saw (0: no draft yet), so a stale save changes nothing and is
 * refused. Not audited: it runs every few seconds; publishing is the audited act.
 */
export async function savePageDraft(
  db: Db,
  {
    actor,
    eventId,
    revision,
    document,
    theme,
  }: { actor: PageActor; eventId: string; revision: number; document: unknown; theme: unknown },
): Promise<SavedPageDraft> {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  const result = await db.transaction(async (tx) => {
    // Before the reference is written, so an image clean-up running now either sees it or finishes first.
    const own = await lockBlobsById({ tx, orgId: actor.orgId, ids: blobIdsNamedIn(document, theme) });
    const values = { document, theme, updatedByUserId: actor.userId };
    if (revision === 0) {
      const basedOn = await livePage({ db: tx, orgId: event.orgId, eventId: event.id });
      const [row] = await tx
        .insert(pageDrafts)
        .values({ ...values, eventId: event.id, revision: 1, basedOnVersion: basedOn?.version ?? null })
        .onConflictDoNothing({ target: pageDrafts.eventId })
        .returning({ revision: pageDrafts.revision, updatedAt: pageDrafts.updatedAt });
      return row && { row, own };
    }
    const [row] = await tx
      .update(pageDrafts)
      .set({ ...values, revision: sql`${pageDrafts.revision} + 1`, updatedAt: sql`now()` })
      .where(and(eq(pageDrafts.eventId, event.id), eq(pageDrafts.revision, revision)))
      .returning({ revision: pageDrafts.revision, updatedAt: pageDrafts.updatedAt });
    return row && { row, own };
  });
  if (!result) return rejectStalePageDraft();
  const { errors, themeErrors, contrast } = checkPageDraft({ document, theme, ownImageIds: result.own });
  return { revision: result.row.revision, savedAt: result.row.updatedAt, errors, themeErrors, contrast };
}
