import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pageDrafts } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { PageDocument } from "@/lib/pages/page-document";
import type { Theme } from "@/lib/pages/theme";
import { reject } from "@/lib/validation/action-result";
import { rejectStalePageDraft } from "./conflict";
import { lockPageForChange } from "./lock-page";
import { documentOfRow, publishedPageRows } from "./published-versions";
import type { PageActor } from "./save-draft";

/**
 * Makes a published version the draft again (to publish it as a new version, or edit from it); the version
 * itself is untouched. The draft's revision advances and basedOnVersion names the version, so another tab
 * still editing the replaced draft is told to reload rather than silently overwriting the restore.
 */
export async function restorePageVersion(
  db: Db,
  {
    actor,
    eventId,
    version,
    revision,
  }: { actor: PageActor; eventId: string; version: number; revision: number },
): Promise<{ revision: number; document: PageDocument; theme: Theme }> {
  return db.transaction(async (tx) => {
    const { event, draft } = await lockPageForChange({ tx, orgId: actor.orgId, eventId, revision });
    const [source] = await publishedPageRows({ db: tx, orgId: event.orgId, eventId: event.id, version });
    if (!source) return reject("not_found", `This page has no published version ${version}.`);
    const { document, theme } = documentOfRow(source);
    const values = {
      document,
      theme,
      basedOnVersion: version,
      updatedByUserId: actor.userId,
      updatedAt: sql`now()`,
    };
    const [row] = draft
      ? await tx
          .update(pageDrafts)
          .set({ ...values, revision: sql`${pageDrafts.revision} + 1` })
          .where(eq(pageDrafts.eventId, event.id))
          .returning({ revision: pageDrafts.revision })
      : await tx
          .insert(pageDrafts)
          .values({ ...values, eventId: event.id, revision: 1 })
          .onConflictDoNothing({ target: pageDrafts.eventId })
          .returning({ revision: pageDrafts.revision });
    // A first draft saved by someone else between the lock (which found no row) and this insert.
    if (!row) return rejectStalePageDraft();
    await recordAudit(tx, {
      orgId: event.orgId,
      actorUserId: actor.userId,
      action: "page.restored",
      targetType: "event",
      targetId: event.id,
      details: { version, pageId: source.id, fromRevision: revision, revision: row.revision },
    });
    return { revision: row.revision, document, theme };
  });
}
