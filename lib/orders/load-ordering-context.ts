import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { brandingFrom, type Branding } from "@/lib/events/page-branding";
import { currentFormSubquery, livePageSubquery } from "@/lib/events/published-page";

export type OrderingContext = {
  event: Event;
  /** The newest form version; null when the event never published a form (answers must then be empty). */
  formVersion: { id: string; fields: FieldDefinition[] } | null;
  branding: Branding;
  pickupInfo: string;
};

const SLUG_MAX = 63;

/**
 * Everything placing an order needs to know about the event, in one round trip: the event, its newest form
 * version and its newest published page (for branding). Read before the transaction, which keeps it short.
 */
export async function loadOrderingContext({
  db,
  eventSlug,
}: {
  db: Db;
  eventSlug: string;
}): Promise<OrderingContext | null> {
  const slug = eventSlug.trim().toLowerCase();
  if (slug.length === 0 || slug.length > SLUG_MAX) return null;

  const form = currentFormSubquery(db, "form");
  const page = livePageSubquery(db, "page");

  const [row] = await db
    .select({ event: events, formId: form.id, formFields: form.fields, pageContent: page.content })
    .from(events)
    .leftJoinLateral(form, sql`true`)
    .leftJoinLateral(page, sql`true`)
    .where(eq(events.slug, slug))
    .limit(1);
  if (!row) return null;

  return {
    event: row.event,
    formVersion: row.formId ? { id: row.formId, fields: row.formFields ?? [] } : null,
    ...brandingFrom({ eventName: row.event.name, eventSlug: row.event.slug, pageContent: row.pageContent }),
  };
}
