import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";
import { getOrgEvent } from "@/lib/events/org-event";
import { loadPublicItems, publicEventColumns, type PublicImage, type PublicItem } from "@/lib/events/queries";
import { loadPageDraft, startingPage } from "../drafts/load-draft";
import { validatePageDocument } from "../page-document";
import { loadPageImages } from "../page-images";
import { verifyPreviewToken } from "../preview-token";
import { draftRenderablePage, publishedRenderablePage, type RenderablePage } from "../renderable-page";
import { themeSchema } from "../theme";
import { isRecordedPreviewLink } from "./preview-links";

export type PreviewEvent = {
  id: string;
  slug: string;
  name: string;
  status: "draft" | "published" | "closed";
  timeZone: string;
  startsAt: Date | null;
  endsAt: Date | null;
  orderingOpensAt: Date | null;
  orderingClosesAt: Date | null;
  currency: string;
  items: PublicItem[];
  renderable: RenderablePage;
  images: ReadonlyMap<string, PublicImage>;
  /** Top-level blocks of the draft left out because they do not validate yet (the editor shows why). */
  skippedBlocks: number;
  expiresAt: Date;
};

export type PreviewLookup =
  | { ok: true; event: PreviewEvent }
  /** "expired": a real link that ran out (say so); "invalid": anything else, told apart from nothing. */
  | { ok: false; reason: "invalid" | "expired" };

/**
 * What a preview link shows (ADR 022, ADR 031): the event's DRAFT page as the editor opens it
 * (loadPageDraft: the autosaved draft, else the newest published version, else the new-event template), with
 * its live items, whatever the event's status except archived (a draft event can be previewed before it
 * opens). The token must be validly signed, unexpired, still recorded (not revoked) and name the event whose
 * host it is opened on: a token for another event or a revoked one is "invalid", like a forged one, so a link
 * never shows one event's draft under another's address and a revoked link reveals nothing.
 */
export async function loadPreviewPage({
  db,
  slug,
  token,
  now = new Date(),
}: {
  db: Db;
  slug: string;
  token: string;
  now?: Date;
}): Promise<PreviewLookup> {
  const check = verifyPreviewToken(token, { now });
  if (!check.ok) return { ok: false, reason: check.reason === "expired" ? "expired" : "invalid" };

  const [row] = await db
    .select({ ...publicEventColumns, orgId: events.orgId })
    .from(events)
    .where(and(eq(events.id, check.eventId), eq(events.slug, slug), ne(events.status, "archived")))
    .limit(1);
  if (!row || row.status === "archived") return { ok: false, reason: "invalid" };
  if (!(await isRecordedPreviewLink(db, { eventId: row.id, token }))) return { ok: false, reason: "invalid" };
  const { orgId, status, ...event } = row;

  const { skippedBlocks, ...renderable } = await previewedDraft(db, {
    orgId,
    eventId: event.id,
    name: event.name,
  });
  const [items, images] = await Promise.all([
    loadPublicItems(db, event.id),
    loadPageImages(db, { orgId, page: renderable }),
  ]);
  return {
    ok: true,
    event: { ...event, status, items, renderable, images, skippedBlocks, expiresAt: check.expiresAt },
  };
}

/**
 * The draft loadPageDraft opens, drawn as the preview draws a draft. A half-edited draft (a block or the theme
 * that does not validate yet) borrows the root and theme of the page editing started from (startingPage);
 * that second look-up is only paid for such a draft.
 */
async function previewedDraft(
  db: Db,
  { orgId, eventId, name }: { orgId: string; eventId: string; name: string },
): Promise<RenderablePage & { skippedBlocks: number }> {
  const draft = await loadPageDraft(db, { orgId, eventId });
  const plain = publishedRenderablePage(null, name);
  if (themeSchema.safeParse(draft.theme).success && validatePageDocument(draft.document).ok) {
    return draftRenderablePage(draft, plain);
  }
  const event = await getOrgEvent({ db, orgId, eventId });
  const { document, theme } = draftRenderablePage(await startingPage({ db, event }), plain);
  const start = { document, theme };
  return draftRenderablePage(draft, start);
}
