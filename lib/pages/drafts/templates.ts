import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, pageDrafts, type Event } from "@/db/schema";
import { legacyPageContent } from "./legacy-content";
import { documentOfRow, livePage } from "./published-versions";
import { organisationTheme, templatePage } from "./template";

/**
 * A new event's page, published as version 1 in the transaction that creates the event, so its shop is never
 * bare: the template from its name and dates, in the organisation's colours. The marketer edits from there.
 */
export async function publishStartingPage(
  tx: Db,
  { event, actorUserId }: { event: Event; actorUserId: string },
): Promise<void> {
  const document = templatePage(event);
  const theme = await organisationTheme({ db: tx, orgId: event.orgId });
  await tx.insert(eventPages).values({
    eventId: event.id,
    version: 1,
    content: legacyPageContent({ document, theme, eventName: event.name }),
    document,
    theme,
    publishedAt: new Date(),
    publishedByUserId: actorUserId,
  });
}

/**
 * "Same as last year": the source's published page (else its newest version) becomes the copy's page draft,
 * for the marketer to bring up to date before publishing. A source without any page gives the copy the
 * starting page of a new event instead, so the copy is never bare either.
 */
export async function copyPageAsDraft(
  tx: Db,
  {
    orgId,
    sourceEventId,
    event,
    actorUserId,
  }: { orgId: string; sourceEventId: string; event: Event; actorUserId: string },
): Promise<void> {
  const live = await livePage({ db: tx, orgId, eventId: sourceEventId });
  const [newest] = live
    ? [live]
    : await tx
        .select({ content: eventPages.content, document: eventPages.document, theme: eventPages.theme })
        .from(eventPages)
        .where(eq(eventPages.eventId, sourceEventId))
        .orderBy(desc(eventPages.version))
        .limit(1);
  if (!newest) return publishStartingPage(tx, { event, actorUserId });
  await tx.insert(pageDrafts).values({
    eventId: event.id,
    ...documentOfRow(newest),
    revision: 1,
    basedOnVersion: null,
    updatedByUserId: actorUserId,
  });
}
