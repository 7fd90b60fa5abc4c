import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formDrafts } from "@/db/schema";
import { imageUrlsOf, lockBlobsByUrl } from "@/lib/storage/blob-references";
import { rejectStaleDraft } from "./concurrency";
import { draftIssues, type DraftIssue } from "./issues";
import { newestFormVersion } from "./newest-form-version";
import { getOrgEvent } from "@/lib/events/org-event";

export type Actor = { orgId: string; userId: string };

/**
 * Autosave: stores the fields as typed, valid or not (they were bounded by the action's schema), and returns
 * the definitions' issues for the builder to show. Optimistic concurrency: the write is conditional on the
 * revision the browser last saw (0: no draft yet), so of two editors the later stale save is refused and
 * changes nothing. Not audited: it runs every few seconds; publishing is the audited act.
 */
export async function saveDraft({
  db,
  actor,
  eventId,
  fields,
  revision,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  fields: unknown[];
  revision: number;
}): Promise<{ revision: number; savedAt: Date; issues: DraftIssue[] }> {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  const issues = draftIssues(fields);
  const saved = await db.transaction(async (tx) => {
    // Before the reference is written, so an image clean-up running now either sees it or finishes first.
    await lockBlobsByUrl({ tx, orgId: actor.orgId, urls: imageUrlsOf(fields) });
    if (revision === 0) {
      const basedOn = await newestFormVersion({ db: tx, eventId: event.id });
      const [row] = await tx
        .insert(formDrafts)
        .values({
          eventId: event.id,
          fields,
          revision: 1,
          basedOnVersion: basedOn?.version ?? null,
          updatedByUserId: actor.userId,
        })
        .onConflictDoNothing({ target: formDrafts.eventId })
        .returning({ revision: formDrafts.revision, updatedAt: formDrafts.updatedAt });
      return row;
    }
    const [row] = await tx
      .update(formDrafts)
      .set({
        fields,
        revision: sql`${formDrafts.revision} + 1`,
        updatedByUserId: actor.userId,
        updatedAt: sql`now()`,
      })
      .where(and(eq(formDrafts.eventId, event.id), eq(formDrafts.revision, revision)))
      .returning({ revision: formDrafts.revision, updatedAt: formDrafts.updatedAt });
    return row;
  });
  if (!saved) return rejectStaleDraft({ db, eventId: event.id, timeZone: event.timeZone });
  return { revision: saved.revision, savedAt: saved.updatedAt, issues };
}
