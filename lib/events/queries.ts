import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { blobs, events, items, variants, type FormVersion } from "@/db/schema";
import { pageContentSchema, type PageContent } from "./page-content";
import { currentFormSubquery, livePageSubquery } from "./published-page";

export type PublicImage = { url: string; width: number; height: number };

export type PublicVariant = { id: string; label: string; stock: number };

export type PublicItem = {
  id: string;
  name: string;
  description: string;
  priceMinor: number;
  maxPerOrder: number;
  image: PublicImage | null;
  variants: PublicVariant[];
};

export type PublicEvent = {
  id: string;
  slug: string;
  name: string;
  /** Only these two are public; a closed event still shows its page with ordering closed. */
  status: "published" | "closed";
  timeZone: string;
  startsAt: Date | null;
  endsAt: Date | null;
  orderingOpensAt: Date | null;
  orderingClosesAt: Date | null;
  currency: string;
  maxOrdersPerAttendee: number;
  page: PageContent;
  /**
   * The published block document and theme as stored (null on rows from before the editor), and the owning
   * organisation for resolving their images: lib/pages/public-landing.ts validates and draws them. `version`
   * is the live row's version (null: no published page), which names the Open Graph image (ADR 031).
   */
  published: { document: unknown; theme: unknown; orgId: string; version: number | null };
  logo: PublicImage | null;
  hero: PublicImage | null;
  items: PublicItem[];
  /** The newest form version; null when the event has no form (only name and email are asked). */
  form: { id: string; version: number; fields: FormVersion["fields"] } | null;
};

/**
 * The event columns an attendee-facing page shows, selected the same way by the public page
 * (getPublicEvent) and the draft preview (lib/pages/preview/load-preview.ts).
 */
export const publicEventColumns = {
  id: events.id,
  slug: events.slug,
  name: events.name,
  status: events.status,
  timeZone: events.timeZone,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  orderingOpensAt: events.orderingOpensAt,
  orderingClosesAt: events.orderingClosesAt,
  currency: events.currency,
};

/** Same shape rule as the events_slug_format constraint: anything else cannot exist, so skip the query. */
const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

const PUBLIC_STATUSES = ["published", "closed"] as const;

/**
 * What attendees may see of an event: the event, its live page (newest published version), its active items
 * with variants and images, and its current form. Draft, archived or unknown events give null.
 *
 * Two round trips whatever the number of items: the event with its page, form and page images through lateral
 * joins, then every item/variant/image row at once. Blobs are joined within the event's organisation, so a page
 * or item pointing at another organisation's upload shows no image rather than leaking it.
 */
export async function getPublicEvent({ db, slug }: { db: Db; slug: string }): Promise<PublicEvent | null> {
  if (!SLUG_PATTERN.test(slug)) return null;

  const page = livePageSubquery(db, "live_page");
  const form = currentFormSubquery(db, "current_form");
  const logoBlob = alias(blobs, "logo_blob");
  const heroBlob = alias(blobs, "hero_blob");
  // Compared as text: a malformed id in the stored JSON then simply matches nothing instead of failing a cast.
  const blobOf = (blob: typeof logoBlob | typeof heroBlob, key: "logoBlobId" | "heroBlobId") =>
    and(eq(blob.orgId, events.orgId), sql`${blob.id}::text = ${page.content} ->> ${key}`);

  const [row] = await db
    .select({
      event: { ...publicEventColumns, maxOrdersPerAttendee: events.maxOrdersPerAttendee },
      orgId: events.orgId,
      pageContent: page.content,
      pageDocument: page.document,
      pageTheme: page.theme,
      pageVersion: page.version,
      formId: form.id,
      formVersion: form.version,
      formFields: form.fields,
      logo: { url: logoBlob.url, width: logoBlob.width, height: logoBlob.height },
      hero: { url: heroBlob.url, width: heroBlob.width, height: heroBlob.height },
    })
    .from(events)
    .leftJoinLateral(page, sql`true`)
    .leftJoinLateral(form, sql`true`)
    .leftJoin(logoBlob, blobOf(logoBlob, "logoBlobId"))
    .leftJoin(heroBlob, blobOf(heroBlob, "heroBlobId"))
    .where(and(eq(events.slug, slug), inArray(events.status, [...PUBLIC_STATUSES])))
    .limit(1);
  if (!row) return null;
  const { event } = row;
  if (event.status !== "published" && event.status !== "closed") return null;

  return {
    ...event,
    status: event.status,
    page: livePageContent(row.pageContent, event.name),
    published: {
      document: row.pageDocument ?? null,
      theme: row.pageTheme ?? null,
      orgId: row.orgId,
      version: row.pageVersion ?? null,
    },
    logo: row.logo,
    hero: row.hero,
    items: await loadPublicItems(db, event.id),
    form:
      row.formId !== null && row.formVersion !== null
        ? { id: row.formId, version: row.formVersion, fields: row.formFields ?? [] }
        : null,
  };
}

/**
 * An event's active items with variants and images (the organisation's own), in display order: one query
 * whatever the number of items. Also what a page preview shows for an event that is not public yet.
 */
export async function loadPublicItems(db: Db, eventId: string): Promise<PublicItem[]> {
  const itemRows = await db
    .select({
      itemId: items.id,
      name: items.name,
      description: items.description,
      priceMinor: items.priceMinor,
      maxPerOrder: items.maxPerOrder,
      image: { url: blobs.url, width: blobs.width, height: blobs.height },
      variant: { id: variants.id, label: variants.label, stock: variants.stock },
    })
    .from(items)
    .innerJoin(events, eq(events.id, items.eventId))
    .leftJoin(blobs, and(eq(blobs.id, items.imageBlobId), eq(blobs.orgId, events.orgId)))
    .leftJoin(variants, and(eq(variants.itemId, items.id), eq(variants.eventId, items.eventId)))
    .where(and(eq(items.eventId, eventId), eq(items.active, true), isNull(items.archivedAt)))
    .orderBy(
      asc(items.displayOrder),
      asc(items.createdAt),
      asc(items.id),
      asc(variants.displayOrder),
      asc(variants.createdAt),
      asc(variants.id),
    );

  const byId = new Map<string, PublicItem>();
  for (const r of itemRows) {
    let item = byId.get(r.itemId);
    if (!item) {
      item = {
        id: r.itemId,
        name: r.name,
        description: r.description,
        priceMinor: r.priceMinor,
        maxPerOrder: r.maxPerOrder,
        image: r.image,
        variants: [],
      };
      byId.set(r.itemId, item);
    }
    if (r.variant) item.variants.push(r.variant);
  }
  return [...byId.values()];
}

/**
 * Stored JSON is parsed, not trusted. A published event without a valid published page still gets a plain
 * page under its own name rather than an error: the shop must stay usable while marketing catches up.
 */
function livePageContent(content: unknown, eventName: string): PageContent {
  const parsed = pageContentSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  return pageContentSchema.parse({
    title: eventName.slice(0, 120) || "Event",
    primaryColor: "#1f2937",
    accentColor: "#1d4ed8",
  });
}
