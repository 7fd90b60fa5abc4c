import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, pageDrafts, type Event } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { sameJson } from "@/lib/format/canonical-json";
import { lockBlobsById } from "@/lib/storage/blob-references";
import { reject } from "@/lib/validation/action-result";
import { blobIdsNamedIn, checkPageDraft, publishProblems } from "./check-draft";
import { legacyPageContent } from "./legacy-content";
import { startingPage } from "./load-draft";
import { lockPageForChange } from "./lock-page";
import { documentOfRow, livePage } from "./published-versions";
import type { PageActor } from "./save-draft";

/**
 * Makes the draft the page's next immutable version, which attendees then see. Under the event's and the
 * draft's locks: the revision must be the one the member saw; the document must pass validatePageDocument,
 * the theme its schema and every contrast check, and every image must be one of the organisation's uploads
 * (share-locked, so no clean-up deletes it while the version is written) — every problem is returned at
 * once, per block and field, and nothing is written. A page identical to the live one is not published again.
 * The older `content` column is derived from the document; the version is audited.
 */
export async function publishPageDraft(
  db: Db,
  { actor, eventId, revision }: { actor: PageActor; eventId: string; revision: number },
): Promise<{ version: number; event: Event }> {
  return db.transaction(async (tx) => {
    const { event, draft } = await lockPageForChange({ tx, orgId: actor.orgId, eventId, revision });
    const source = draft ?? (await startingPage({ db: tx, event }));
    const own = await lockBlobsById({
      tx,
      orgId: event.orgId,
      ids: blobIdsNamedIn(source.document, source.theme),
    });
    const check = checkPageDraft({ document: source.document, theme: source.theme, ownImageIds: own });
    const problems = publishProblems(check);
    const count = Object.values(problems).flat().length;
    if (count > 0 || !check.document || !check.theme) {
      return reject(
        "invalid_input",
        `The page has ${count} ${count === 1 ? "problem" : "problems"} to fix before it can be published.`,
        problems,
      );
    }
    const { document, theme } = check;

    const live = await livePage({ db: tx, orgId: event.orgId, eventId: event.id });
    if (live && sameJson(documentOfRow(live), { document, theme })) {
      return reject("conflict", `Nothing to publish: the page is the same as version ${live.version}.`);
    }
    // Every row counts, published or not (an older duplicate left unpublished ones): versions are unique.
    const [{ next } = { next: 1 }] = await tx
      .select({ next: sql<number>`coalesce(max(${eventPages.version}), 0)::int + 1` })
      .from(eventPages)
      .where(eq(eventPages.eventId, event.id));
    const [inserted] = await tx
      .insert(eventPages)
      .values({
        eventId: event.id,
        version: next,
        content: legacyPageContent({ document, theme, eventName: event.name }),
        document,
        theme,
        // The clock now, after the locks, not the transaction's start: a publish that queued behind another
        // must not be dated before it, or the live page (newest publishedAt) would be the older version.
        publishedAt: sql`clock_timestamp()`,
        publishedByUserId: actor.userId,
      })
      .returning({ id: eventPages.id });
    if (draft) {
      await tx.update(pageDrafts).set({ basedOnVersion: next }).where(eq(pageDrafts.eventId, event.id));
    }
    await recordAudit(tx, {
      orgId: event.orgId,
      actorUserId: actor.userId,
      action: "page.published",
      targetType: "event",
      targetId: event.id,
      details: { version: next, pageId: inserted?.id ?? null, revision, blocks: document.content.length },
    });
    return { version: next, event };
  });
}
