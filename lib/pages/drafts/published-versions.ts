import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { eventPages, events, users } from "@/db/schema";
import type { PageContent } from "@/lib/events/page-content";
import { defaultPageDocument, themeFromPageContent } from "@/lib/pages/default-page";
import type { PageDocument } from "@/lib/pages/page-document";
import type { Theme } from "@/lib/pages/theme";

/** A stored page version as the editor sees it: rows from before the editor carry only `content`. */
export function documentOfRow(row: {
  content: PageContent;
  document: PageDocument | null;
  theme: Theme | null;
}): { document: PageDocument; theme: Theme } {
  return {
    document: row.document ?? defaultPageDocument(row.content),
    theme: row.theme ?? themeFromPageContent(row.content),
  };
}

/** Name, else email; null when unknown (a seed, or a since-deleted account). */
export const memberName = (user: { name: string | null; email: string | null } | null | undefined) =>
  user?.name?.trim() || user?.email || null;

/** Who published, by name or email; joined onto a query of event_pages. */
export const publisherColumns = { name: users.name, email: users.email };

/**
 * The published versions of one of the organisation's events (`version` narrows to one), newest first: the
 * same order as livePageSubquery, so the first is what attendees see. Selects `columns` plus the publisher.
 */
export function publishedPagesQuery<C extends Record<string, PgColumn>>({
  db,
  orgId,
  eventId,
  version,
  columns,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  version?: number;
  columns: C;
}) {
  return db
    .select({ ...columns, publishedAt: eventPages.publishedAt, ...publisherColumns })
    .from(eventPages)
    .innerJoin(events, eq(events.id, eventPages.eventId))
    .leftJoin(users, eq(users.id, eventPages.publishedByUserId))
    .where(
      and(
        eq(eventPages.eventId, eventId),
        eq(events.orgId, orgId),
        isNotNull(eventPages.publishedAt),
        version === undefined ? undefined : eq(eventPages.version, version),
      ),
    )
    .orderBy(desc(eventPages.publishedAt), desc(eventPages.version));
}

/** Published versions with their pages (see publishedPagesQuery). */
export async function publishedPageRows(args: {
  db: Db;
  orgId: string;
  eventId: string;
  version?: number;
  limit?: number;
}) {
  const query = publishedPagesQuery({
    ...args,
    columns: {
      id: eventPages.id,
      version: eventPages.version,
      content: eventPages.content,
      document: eventPages.document,
      theme: eventPages.theme,
    },
  });
  const rows = await (args.limit === undefined ? query : query.limit(args.limit));
  return rows.map(({ name, email, publishedAt, ...row }) => ({
    ...row,
    publishedAt: publishedAt!,
    publishedByName: memberName({ name, email }),
  }));
}

/** The page attendees see now, or null when none was ever published. */
export async function livePage({ db, orgId, eventId }: { db: Db; orgId: string; eventId: string }) {
  const [row] = await publishedPageRows({ db, orgId, eventId, limit: 1 });
  return row ?? null;
}
