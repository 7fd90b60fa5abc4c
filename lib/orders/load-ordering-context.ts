import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { brandingFrom, type Branding } from "@/lib/events/page-branding";
import { currentFormSubquery, livePageSubquery } from "@/lib/events/published-page";
import type { CountedRow } from "@/lib/rate-limit/count-sql";

export type OrderingContext = {
  event: Event;
  /** The newest form version; null when the event never published a form (answers must then be empty). */
  formVersion: { id: string; fields: FieldDefinition[] } | null;
  branding: Branding;
  pickupInfo: string;
  /** What `countAttempt` counted (empty when the event does not take orders); null when nothing was asked. */
  counted: CountedRow[] | null;
};

const SLUG_MAX = 63;

/**
 * Everything placing an order needs to know about the event, in one round trip: the event, its newest form
 * version and its newest published page (for branding). Read before the transaction, which keeps it short.
 * `countAttempt` (order-rate-limit.ts) adds the rate-limit count to this same statement as a data-modifying
 * CTE, so the check costs the order path no round trip of its own (ADR 012).
 */
export async function loadOrderingContext({
  db,
  eventSlug,
  countAttempt,
}: {
  db: Db;
  eventSlug: string;
  countAttempt?: (normalisedSlug: string) => SQL;
}): Promise<OrderingContext | null> {
  const slug = eventSlug.trim().toLowerCase();
  if (slug.length === 0 || slug.length > SLUG_MAX) return null;

  const form = currentFormSubquery(db, "form");
  const page = livePageSubquery(db, "page");

  const counting = countAttempt
    ? db.$with("counted", { key: sql<string>`key` }).as(countAttempt(slug))
    : null;
  const [row] = await (counting ? db.with(counting) : db)
    .select({
      event: events,
      formId: form.id,
      formFields: form.fields,
      pageContent: page.content,
      counted: counting
        ? sql<CountedRow[]>`(select coalesce(json_agg(c), '[]'::json) from ${counting} as c)`
        : sql<null>`null`,
    })
    .from(events)
    .leftJoinLateral(form, sql`true`)
    .leftJoinLateral(page, sql`true`)
    .where(eq(events.slug, slug))
    .limit(1);
  if (!row) return null;

  return {
    event: row.event,
    formVersion: row.formId ? { id: row.formId, fields: row.formFields ?? [] } : null,
    counted: row.counted,
    ...brandingFrom({ eventName: row.event.name, eventSlug: row.event.slug, pageContent: row.pageContent }),
  };
}
