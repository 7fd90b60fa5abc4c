import "server-only";
import type { Db } from "@/db/client";
import { publishedPageRows } from "./published-versions";

export type PageVersionSummary = { version: number; publishedAt: Date; publishedByName: string | null };

/** The page's history for the versions list: who published each version and when, newest first. */
export async function listPageVersions(
  db: Db,
  { orgId, eventId }: { orgId: string; eventId: string },
): Promise<PageVersionSummary[]> {
  const rows = await publishedPageRows({ db, orgId, eventId });
  return rows.map(({ version, publishedAt, publishedByName }) => ({ version, publishedAt, publishedByName }));
}
