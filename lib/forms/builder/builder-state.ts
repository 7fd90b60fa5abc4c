import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formDrafts, formVersions } from "@/db/schema";
import { sameJson } from "@/lib/format/canonical-json";
import { checkDraft, type DraftIssue } from "./issues";
import { newestFormVersion } from "./newest-form-version";

export type FormBuilderState = {
  draft: { fields: unknown[]; revision: number; basedOnVersion: number | null; updatedAt: Date };
  issues: DraftIssue[];
  latestVersion: { version: number; publishedAt: Date } | null;
  /** Every key any published version used: old orders keep answers under them, so renaming one warns. */
  publishedKeys: string[];
  /** The draft differs from what attendees answer now (or there is a form to publish for the first time). */
  changedSincePublish: boolean;
};

/**
 * What the builder opens with. With no draft yet, the draft is the newest version's fields (or nothing) at
 * revision 0, not stored: the first autosave creates it. The event must already be scoped to the organisation.
 */
export async function getFormBuilderState({
  db,
  eventId,
}: {
  db: Db;
  eventId: string;
}): Promise<FormBuilderState> {
  const [[stored], newest, keys] = await Promise.all([
    db
      .select({
        fields: formDrafts.fields,
        revision: formDrafts.revision,
        basedOnVersion: formDrafts.basedOnVersion,
        updatedAt: formDrafts.updatedAt,
      })
      .from(formDrafts)
      .where(eq(formDrafts.eventId, eventId)),
    newestFormVersion({ db, eventId }),
    db
      .selectDistinct({ key: sql<string>`field ->> 'key'` })
      .from(sql`${formVersions}, jsonb_array_elements(${formVersions.fields}) as field`)
      .where(eq(formVersions.eventId, eventId)),
  ]);
  const draft = stored ?? {
    fields: (newest?.fields ?? []) as unknown[],
    revision: 0,
    basedOnVersion: newest?.version ?? null,
    updatedAt: newest?.publishedAt ?? new Date(),
  };
  const check = checkDraft(draft.fields);
  const changedSincePublish = newest
    ? !check.ok || !sameJson(check.fields, newest.fields)
    : draft.fields.length > 0;
  return {
    draft,
    issues: check.ok ? [] : check.issues,
    latestVersion: newest ? { version: newest.version, publishedAt: newest.publishedAt } : null,
    publishedKeys: keys.map((k) => k.key).filter((k): k is string => typeof k === "string"),
    changedSincePublish,
  };
}
