import { randomUUID } from "node:crypto";
import { e2eDb } from "./db";

/**
 * Landing page documents written straight into the e2e database (as a published version or as the editor's
 * draft), for the public-side specs: what the renderer does with a stored document, whoever wrote it.
 */

/** A draft event of `orgId` with one item, no published page: its shop is a 404 until published. */
export async function createDraftEvent(orgId: string, slug = `prev-${randomUUID().slice(0, 8)}`) {
  const db = e2eDb();
  const event = await db.query<{ id: string }>(
    `insert into events (org_id, slug, name, status, time_zone, reference_prefix)
     values ($1, $2, 'Preview Fest', 'draft', 'Europe/Amsterdam', 'PRV') returning id`,
    [orgId, slug],
  );
  const eventId = event.rows[0]!.id;
  const item = await db.query<{ id: string }>(
    `insert into items (event_id, name, max_per_order) values ($1, 'Preview cap', 1) returning id`,
    [eventId],
  );
  await db.query(
    `insert into variants (item_id, event_id, label, stock, display_order) values ($1, $2, 'One size', 5, 0)`,
    [item.rows[0]!.id, eventId],
  );
  return { eventId, slug, itemName: "Preview cap" };
}

export async function savePageDraft(eventId: string, document: unknown, theme: unknown): Promise<void> {
  await e2eDb().query(
    `insert into page_drafts (event_id, document, theme, revision) values ($1, $2, $3, 1)
     on conflict (event_id) do update set document = excluded.document, theme = excluded.theme,
       revision = page_drafts.revision + 1, updated_at = now()`,
    [eventId, JSON.stringify(document), JSON.stringify(theme)],
  );
}

/** A new published version (the next number) with the document and theme, and legacy content beside them. */
export async function publishPageVersion(eventId: string, document: unknown, theme: unknown): Promise<void> {
  const content = {
    title: "Legacy title",
    tagline: "",
    descriptionMd: "",
    primaryColor: "#4338ca",
    accentColor: "#b45309",
    logoBlobId: null,
    heroBlobId: null,
    font: "sans",
    ctaLabel: "Order now",
    pickupInfo: "",
  };
  await e2eDb().query(
    `insert into event_pages (event_id, version, content, document, theme, published_at)
     values ($1, coalesce((select max(version) from event_pages where event_id = $1), 0) + 1, $2, $3, $4, now())`,
    [eventId, JSON.stringify(content), JSON.stringify(document), JSON.stringify(theme)],
  );
}

/** An image the demo organisation uploaded (the seed's), to point image blocks at. */
export async function someImageOf(orgId: string): Promise<string> {
  const { rows } = await e2eDb().query<{ id: string }>(
    "select id from blobs where org_id = $1 order by created_at limit 1",
    [orgId],
  );
  return rows[0]!.id;
}
