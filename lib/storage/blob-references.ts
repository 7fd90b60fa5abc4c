import "server-only";
// No `import "server-only"`: like the rest of lib/storage this may run from scripts (a clean-up job).
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, eventPages, formDrafts, formVersions, items, pageDrafts } from "@/db/schema";
import type { StorageAdapter } from "./adapter";
import { getStorage } from "./index";

/**
 * Who still uses an uploaded image. An image is never deleted while anything refers to it, and that includes
 * immutable form versions: an order placed on version 1 still shows version 1's size chart (issue 4).
 */
export type BlobReference =
  | { kind: "item"; itemId: string }
  | { kind: "event_page"; eventId: string; pageId: string }
  | { kind: "form_version"; eventId: string; version: number }
  | { kind: "form_draft"; eventId: string }
  | { kind: "page_draft"; eventId: string };

/** Matches a form's (or draft's) list of fields holding any object whose `url` is the blob's URL. */
const fieldsWithUrl = (column: typeof formVersions.fields | typeof formDrafts.fields, url: string) =>
  sql`${column} @> jsonb_build_array(jsonb_build_object('url', ${url}::text))`;

/** Whether any of these JSON columns mentions the blob's id or URL, searched as text. */
const mentions = (columns: SQL[], blob: { id: string; url: string }) => {
  const text = sql.join(
    columns.map((c) => sql`coalesce(${c}::text, '')`),
    sql` || `,
  );
  return sql`(strpos(${text}, ${blob.id}::text) > 0 or strpos(${text}, ${blob.url}::text) > 0)`;
};

/**
 * Every reference to the blob, across organisations (a reference is kept whoever made it). Landing pages
 * (their older content, block document and theme, published or draft) are searched as text for the blob's
 * id or URL, so blocks added to the page later are covered without a change here.
 */
export async function findBlobReferences({
  db,
  blob,
}: {
  db: Db;
  blob: { id: string; url: string };
}): Promise<BlobReference[]> {
  // One after the other: inside a transaction there is a single connection to run them on.
  const itemRows = await db.select({ id: items.id }).from(items).where(eq(items.imageBlobId, blob.id));
  const pageRows = await db
    .select({ id: eventPages.id, eventId: eventPages.eventId })
    .from(eventPages)
    .where(
      mentions([sql`${eventPages.content}`, sql`${eventPages.document}`, sql`${eventPages.theme}`], blob),
    );
  const pageDraftRows = await db
    .select({ eventId: pageDrafts.eventId })
    .from(pageDrafts)
    .where(mentions([sql`${pageDrafts.document}`, sql`${pageDrafts.theme}`], blob));
  const versionRows = await db
    .select({ eventId: formVersions.eventId, version: formVersions.version })
    .from(formVersions)
    .where(fieldsWithUrl(formVersions.fields, blob.url));
  const draftRows = await db
    .select({ eventId: formDrafts.eventId })
    .from(formDrafts)
    .where(fieldsWithUrl(formDrafts.fields, blob.url));
  return [
    ...itemRows.map((r) => ({ kind: "item" as const, itemId: r.id })),
    ...pageRows.map((r) => ({ kind: "event_page" as const, eventId: r.eventId, pageId: r.id })),
    ...versionRows.map((r) => ({ kind: "form_version" as const, eventId: r.eventId, version: r.version })),
    ...draftRows.map((r) => ({ kind: "form_draft" as const, eventId: r.eventId })),
    ...pageDraftRows.map((r) => ({ kind: "page_draft" as const, eventId: r.eventId })),
  ];
}

export type DeleteBlobResult =
  | { deleted: true }
  | { deleted: false; reason: "not_found" }
  | { deleted: false; reason: "referenced"; references: BlobReference[] };

/**
 * Deletes the blob's row and stored object, only when nothing refers to it. The row is locked FOR UPDATE
 * before the references are read: a form save or publish takes a share lock on the blobs its fields name
 * (lockBlobsByUrl) before it writes, so either it commits first and the check sees its reference, or it
 * waits until this deletion is decided. The stored object is removed after the commit: if that fails only an
 * unreachable file remains, never a row pointing at nothing.
 */
export async function deleteBlobIfUnreferenced({
  db,
  blobId,
  orgId,
  storage = getStorage(),
}: {
  db: Db;
  blobId: string;
  /** When given, only a blob of this organisation is deleted (another's is "not_found"). */
  orgId?: string;
  storage?: StorageAdapter;
}): Promise<DeleteBlobResult> {
  const outcome = await db.transaction(async (tx) => {
    const [blob] = await tx
      .select({ id: blobs.id, url: blobs.url, key: blobs.key })
      .from(blobs)
      .where(orgId ? and(eq(blobs.id, blobId), eq(blobs.orgId, orgId)) : eq(blobs.id, blobId))
      .for("update");
    if (!blob) return { deleted: false, reason: "not_found" } as const;
    const references = await findBlobReferences({ db: tx, blob });
    if (references.length > 0) return { deleted: false, reason: "referenced", references } as const;
    await tx.delete(blobs).where(eq(blobs.id, blob.id));
    return { deleted: true, key: blob.key } as const;
  });
  if (!outcome.deleted) return outcome;
  await storage.delete(outcome.key);
  return { deleted: true };
}

/** The image URLs a list of field definitions (or a draft of them) points at. */
export function imageUrlsOf(fields: readonly unknown[]): string[] {
  const urls = new Set<string>();
  for (const field of fields) {
    if (field && typeof field === "object" && "url" in field && typeof field.url === "string") {
      urls.add(field.url);
    }
  }
  return [...urls];
}

/**
 * Share-locks the organisation's blobs with these URLs for the rest of the transaction, so a concurrent
 * deleteBlobIfUnreferenced waits for the reference being written and then sees it. Scoped by organisation
 * (its index finds the rows; `url` has none): a form only uploads into its own organisation.
 */
export async function lockBlobsByUrl({
  tx,
  orgId,
  urls,
}: {
  tx: Db;
  orgId: string;
  urls: readonly string[];
}): Promise<void> {
  if (urls.length === 0) return;
  await tx
    .select({ id: blobs.id })
    .from(blobs)
    .where(and(eq(blobs.orgId, orgId), inArray(blobs.url, [...urls])))
    .orderBy(blobs.id)
    .for("share");
}

/**
 * Share-locks the organisation's blobs with these ids (a landing page names its images by id), like
 * lockBlobsByUrl, and returns the ids found: an id missing from the answer is not one of the organisation's
 * images (another organisation's, or deleted).
 */
export async function lockBlobsById({
  tx,
  orgId,
  ids,
}: {
  tx: Db;
  orgId: string;
  ids: readonly string[];
}): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: blobs.id })
    .from(blobs)
    .where(and(eq(blobs.orgId, orgId), inArray(blobs.id, [...ids])))
    .orderBy(blobs.id)
    .for("share");
  return new Set(rows.map((r) => r.id));
}
