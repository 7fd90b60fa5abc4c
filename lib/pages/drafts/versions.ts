import "server-only";
import type { Db } from "@/db/client";
import { eventPages } from "@/db/schema";
import { memberName, publishedPagesQuery } from "./published-versions";

export type PageVersionSummary = { version: number; publishedAt: Date; publishedByName: string | null };

/**
 * The page's history for the versions list: who published each version and when, newest first. Only the
 * version numbers are read, not the documents (up to limits.pageDraftMaxBytes each).
 */
export async function listPageVersions(
  db: Db,
  { orgId, eventId }: { orgId: string; eventId: string },
): Promise<PageVersionSummary[]> {
  const rows = await publishedPagesQuery({ db, orgId, eventId, columns: { version: eventPages.version } });
  return rows.map(({ version, publishedAt, name, email }) => ({
    version,
    publishedAt: publishedAt!,
    publishedByName: memberName({ name, email }),
  }));
}
