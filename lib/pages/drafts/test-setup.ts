import { randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEntries, blobs, eventPages, pageDrafts } from "@/db/schema";
import { formWorld } from "@/lib/forms/builder/test-setup";
import { defaultPageDocument } from "@/lib/pages/default-page";

/**
 * The form builder's world (a published event with page version 1 — the fixture's older content-only row —,
 * a member of each role, another organisation) plus one image of each organisation.
 */
export async function pageWorld(db: Db) {
  const w = await formWorld(db);
  return {
    ...w,
    slug: w.fixture.event.slug,
    image: await blobOf(db, w.orgId),
    otherImage: await blobOf(db, w.other.event.orgId),
  };
}

/** A blob row of the organisation (no stored file: the page only names it by id). */
export async function blobOf(db: Db, orgId: string) {
  const id = randomUUID();
  const [row] = await db
    .insert(blobs)
    .values({
      id,
      orgId,
      key: `org/${orgId}/${id}.webp`,
      url: `/blobs/test/${id}.webp`,
      contentType: "image/webp",
      width: 40,
      height: 30,
      bytes: 100,
    })
    .returning();
  return row!;
}

export const validTheme = {
  primaryColor: "#1F2937",
  accentColor: "#1D4ED8",
  font: "serif",
};

/** A valid document: the default page with a title, plus any extra blocks. */
export function pageDocument(title: string, extra: unknown[] = [], heroBlobId: string | null = null) {
  const base = defaultPageDocument({
    title,
    tagline: `${title} tagline`,
    descriptionMd: `About ${title}`,
    heroBlobId,
    ctaLabel: "Grab it",
    pickupInfo: "",
  });
  return { ...base, content: [...base.content, ...extra] };
}

export const imageBlock = (id: string, blobId: string) => ({
  type: "Image",
  props: { id, image: { blobId }, alt: "The stand at last year's event" },
});

/** Everything the page actions can write for an event (and its organisation's audit), to prove "nothing changed". */
export async function pageSnapshot(db: Db, { orgId, eventId }: { orgId: string; eventId: string }) {
  const [drafts, pages, audit] = await Promise.all([
    db.select().from(pageDrafts).where(eq(pageDrafts.eventId, eventId)),
    db.select().from(eventPages).where(eq(eventPages.eventId, eventId)).orderBy(asc(eventPages.version)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEntries)
      .where(eq(auditEntries.orgId, orgId)),
  ]);
  return { drafts, pages, audit: audit[0]?.n ?? 0 };
}

export async function pageAudit(db: Db, orgId: string, action: "page.published" | "page.restored") {
  return db
    .select({ details: auditEntries.details, actorUserId: auditEntries.actorUserId })
    .from(auditEntries)
    .where(and(eq(auditEntries.orgId, orgId), eq(auditEntries.action, action)))
    .orderBy(asc(auditEntries.id));
}
