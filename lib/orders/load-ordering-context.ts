import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, type Event } from "@/db/schema";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { brandingFrom, type Branding } from "@/lib/events/page-branding";
import { currentFormSubquery, livePageSubquery } from "@/lib/events/published-page";
import type { CountedRow } from "@/lib/rate-limit/count-sql";
import type { EffectiveMaintenance } from "@/lib/maintenance/mode";
import { effectiveFromColumns, storedGlobalMessageSql, storedGlobalModeSql } from "@/lib/maintenance/store";
import { countOrderAttemptSql } from "./order-rate-limit";

export type OrderingContext = {
  event: Event;
  /** The newest form version; null when the event never published a form (answers must then be empty). */
  formVersion: { id: string; fields: FieldDefinition[] } | null;
  branding: Branding;
  pickupInfo: string;
  /** What was claimed of the rate-limit counters (empty when the event does not take orders); null when nothing was asked. */
  counted: CountedRow[] | null;
  /** The stricter of the global and the event's maintenance mode, read fresh in the same statement (ADR 027). */
  maintenance: EffectiveMaintenance;
};

const SLUG_MAX = 63;

/**
 * Everything placing an order needs to know about the event, in one round trip: the event, its newest form
 * version and its newest published page (for branding). Read before the transaction, which keeps it short.
 * With `claim` the statement also claims counts of the order rate limits for this instance's leases, as a
 * data-modifying CTE (order-rate-limit.ts), so the check costs the order path no round trip of its own
 * (ADR 012, ADR 035); most orders spend leased counts and need no claim.
 *
 * A named prepared statement, one per database handle and variant: Postgres then parses and plans it once per
 * connection instead of on every order. Measured without contention, planning was most of what this statement
 * cost, and nearly all of what the counting CTE added to it (ADR 023).
 */
export async function loadOrderingContext({
  db,
  eventSlug,
  claim,
}: {
  db: Db;
  eventSlug: string;
  /** Counts to claim for the ordering client (orderCounterSubject) and the event; without it nothing is counted. */
  claim?: { clientSubject: string; clientCounts: number; eventCounts: number };
}): Promise<OrderingContext | null> {
  const slug = eventSlug.trim().toLowerCase();
  if (slug.length === 0 || slug.length > SLUG_MAX) return null;

  const [row] =
    claim === undefined
      ? await preparedFor(db).plain.execute({ slug })
      : await preparedFor(db).counting.execute({
          slug,
          client: claim.clientSubject,
          clientCounts: claim.clientCounts,
          eventCounts: claim.eventCounts,
        });
  if (!row) return null;

  return {
    event: row.event,
    formVersion: row.formId ? { id: row.formId, fields: row.formFields ?? [] } : null,
    counted: row.counted,
    maintenance: effectiveFromColumns({
      eventMode: row.event.maintenanceMode,
      eventMessage: row.event.maintenanceMessage,
      globalMode: row.globalMaintenanceMode,
      globalMessage: row.globalMaintenanceMessage,
    }),
    ...brandingFrom({ eventName: row.event.name, eventSlug: row.event.slug, pageContent: row.pageContent }),
  };
}

function prepareQuery(db: Db, counting: boolean) {
  const form = currentFormSubquery(db, "form");
  const page = livePageSubquery(db, "page");
  const counted = counting
    ? db.$with("counted", { key: sql<string>`key` }).as(
        countOrderAttemptSql({
          eventSlug: sql.placeholder("slug"),
          clientSubject: sql.placeholder("client"),
          clientCounts: sql.placeholder("clientCounts"),
          eventCounts: sql.placeholder("eventCounts"),
        }),
      )
    : null;
  return (counted ? db.with(counted) : db)
    .select({
      event: events,
      formId: form.id,
      formFields: form.fields,
      pageContent: page.content,
      globalMaintenanceMode: storedGlobalModeSql,
      globalMaintenanceMessage: storedGlobalMessageSql,
      counted: counted
        ? sql<CountedRow[] | null>`(select coalesce(json_agg(c), '[]'::json) from ${counted} as c)`
        : sql<CountedRow[] | null>`null`,
    })
    .from(events)
    .leftJoinLateral(form, sql`true`)
    .leftJoinLateral(page, sql`true`)
    .where(eq(events.slug, sql.placeholder("slug")))
    .limit(1)
    .prepare(counting ? "ordering_context_counted" : "ordering_context");
}

type PreparedContextQueries = {
  plain: ReturnType<typeof prepareQuery>;
  counting: ReturnType<typeof prepareQuery>;
};
const preparedByDb = new WeakMap<Db, PreparedContextQueries>();

function preparedFor(db: Db): PreparedContextQueries {
  let prepared = preparedByDb.get(db);
  if (!prepared) {
    prepared = { plain: prepareQuery(db, false), counting: prepareQuery(db, true) };
    preparedByDb.set(db, prepared);
  }
  return prepared;
}
