import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { eraseOrdersPersonalData } from "./erase-orders";
import { retentionDueAt } from "./retention-date";

type Candidate = {
  id: string;
  starts_at: string | Date | null;
  ends_at: string | Date | null;
  time_zone: string;
  days: number;
};

const toDate = (value: string | Date | null) => (value === null ? null : new Date(value));

/**
 * The retention job (issue 13, ADR 026): erases the personal data of every order of every event whose
 * retention date passed. Safe to run from several instances at once (the erasure claims orders with SKIP
 * LOCKED) and to stop at any point (each batch commits on its own; the next run carries on).
 */
export async function runRetention({
  db,
  now = new Date(),
  batchSize,
  deadline,
  onlyEventIds,
}: {
  db: Db;
  now?: Date;
  batchSize?: number;
  /** Stop starting new events after this time (a cron function's limit). */
  deadline?: number;
  /** Tests only: look at these events alone (the test database is shared with other files). */
  onlyEventIds?: string[];
}): Promise<{ events: number; orders: number }> {
  // A coarse filter in SQL (ended more than `days` days ago, still has unerased orders); the exact,
  // time-zone-aware date is decided by retentionDueAt alone.
  const candidates = await db.execute<Candidate>(sql`
    select e.id, e.starts_at, e.ends_at, e.time_zone,
           coalesce(e.retention_days, o.retention_days_default) as days
    from events e join organisations o on o.id = e.org_id
    where coalesce(e.ends_at, e.starts_at) is not null
      and coalesce(e.ends_at, e.starts_at)
        < ${now.toISOString()}::timestamptz - make_interval(days => coalesce(e.retention_days, o.retention_days_default))
      and exists (select 1 from orders x where x.event_id = e.id and x.erased_at is null)
      ${
        onlyEventIds
          ? sql`and e.id in (${sql.join(
              onlyEventIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`
          : sql``
      }
    order by coalesce(e.ends_at, e.starts_at)
    limit 500`);
  let events = 0;
  let orders = 0;
  for (const c of candidates.rows) {
    if (deadline !== undefined && Date.now() > deadline) break;
    const due = retentionDueAt(
      { endsAt: toDate(c.ends_at), startsAt: toDate(c.starts_at), timeZone: c.time_zone },
      Number(c.days),
    );
    if (!due || due > now) continue;
    const erased = await eraseOrdersPersonalData(db, {
      selector: { eventId: c.id },
      reason: "retention",
      actor: { kind: "system" },
      batchSize,
    });
    events += 1;
    orders += erased.orders;
  }
  return { events, orders };
}
