import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { localMailbox, type LocalMail } from "@/db/schema";

export type LocalMailSummary = Pick<LocalMail, "id" | "toAddress" | "subject" | "createdAt">;

/** Newest first; one extra row is read to know whether there is a next page without counting. */
export async function listLocalMail(options: {
  db: Db;
  page: number;
  pageSize: number;
  to?: string;
}): Promise<{ mails: LocalMailSummary[]; hasMore: boolean }> {
  const rows = await options.db
    .select({
      id: localMailbox.id,
      toAddress: localMailbox.toAddress,
      subject: localMailbox.subject,
      createdAt: localMailbox.createdAt,
    })
    .from(localMailbox)
    .where(options.to ? sql`lower(${localMailbox.toAddress}) = lower(${options.to})` : undefined)
    .orderBy(desc(localMailbox.createdAt), desc(localMailbox.id))
    .limit(options.pageSize + 1)
    .offset((options.page - 1) * options.pageSize);
  return { mails: rows.slice(0, options.pageSize), hasMore: rows.length > options.pageSize };
}

export async function getLocalMail(options: { db: Db; id: string }): Promise<LocalMail | null> {
  // Ids come from the URL: anything that is not a uuid cannot exist (and would be a database error).
  if (!z.uuid().safeParse(options.id).success) return null;
  const [row] = await options.db.select().from(localMailbox).where(eq(localMailbox.id, options.id));
  return row ?? null;
}

/** The http(s) links of an email, so developers and e2e tests can follow them from /dev/mail. */
export function extractLinks(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/href="(https?:\/\/[^"]+)"/g)) {
    if (match[1]) links.add(match[1].replaceAll("&amp;", "&"));
  }
  return [...links];
}
