import "server-only";
import { and, desc, eq, isNotNull, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eventPages, events, pageDrafts } from "@/db/schema";
import { pageContentSchema } from "@/lib/events/page-content";
import { loadPublicItems, publicEventColumns, type PublicImage, type PublicItem } from "@/lib/events/queries";
import { loadPageImages } from "../page-images";
import { verifyPreviewToken } from "../preview-token";
import {
  draftRenderablePage,
  plainPageContent,
  publishedRenderablePage,
  type RenderablePage,
} from "../renderable-page";

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
 * What a preview link shows (ADR 022): the event's DRAFT page — the editor's autosaved draft, else its newest
 * published version, else the default page built from the event's name — with its live items, whatever the
 * event's status except archived (a draft event can be previewed before it opens). The token must be valid,
 * unexpired and name the event whose host it is opened on: a token for another event is "invalid", like a
 * forged one, so a link never shows one event's draft under another's address.
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
    .select({
      event: { ...publicEventColumns, orgId: events.orgId },
      draft: { document: pageDrafts.document, theme: pageDrafts.theme },
    })
    .from(events)
    .leftJoin(pageDrafts, eq(pageDrafts.eventId, events.id))
    .where(and(eq(events.id, check.eventId), eq(events.slug, slug), ne(events.status, "archived")))
    .limit(1);
  if (!row || row.event.status === "archived") return { ok: false, reason: "invalid" };
  const { orgId, status, ...event } = row.event;

  const [published] = await db
    .select({ content: eventPages.content, document: eventPages.document, theme: eventPages.theme })
    .from(eventPages)
    .where(and(eq(eventPages.eventId, event.id), isNotNull(eventPages.publishedAt)))
    .orderBy(desc(eventPages.publishedAt), desc(eventPages.version))
    .limit(1);
  const content = pageContentSchema.safeParse(published?.content);
  const fallback = publishedRenderablePage(
    published
      ? {
          content: content.success ? content.data : plainPageContent(event.name),
          document: published.document,
          theme: published.theme,
        }
      : null,
    event.name,
  );
  const page = row.draft ? draftRenderablePage(row.draft, fallback) : { ...fallback, skippedBlocks: 0 };
  const { skippedBlocks, ...renderable } = page;

  const [items, images] = await Promise.all([
    loadPublicItems(db, event.id),
    loadPageImages(db, { orgId, page: renderable }),
  ]);
  return {
    ok: true,
    event: { ...event, status, items, renderable, images, skippedBlocks, expiresAt: check.expiresAt },
  };
}
