import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { batchDue } from "./batch-schedule";
import { dispatchBatch, type DispatchOutcome } from "./dispatch";
import { alertFailedSupplierEmails } from "./failure-alerts";
import { DISPATCHABLE_STATUSES } from "./supplier-lines";

type Candidate = {
  supplier_id: string;
  event_id: string;
  org_id: string;
  batch_schedule: "window_close" | "daily" | "manual";
  daily_at: string | null;
  time_zone: string;
  ordering_closes_at: string | Date | null;
  status: string;
};

/**
 * Sends the batch lists that are due: every batch supplier (window close or daily) with dispatchable lines
 * no dispatch covered yet, at an event whose schedule says now. Runs beside the outbox (cron route and the
 * in-process loop); safe to run twice or concurrently (dispatchBatch locks the supplier, keys the run, and a
 * line is dispatched once).
 */
export async function sweepSupplierBatches({ db, now = new Date() }: { db: Db; now?: Date }) {
  const statuses = sql.join(
    DISPATCHABLE_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const result = await db.execute<Candidate>(sql`
    select distinct s.id as supplier_id, e.id as event_id, e.org_id, s.batch_schedule, s.daily_at,
           e.time_zone, e.ordering_closes_at, e.status
    from suppliers s
    join item_suppliers isup on isup.supplier_id = s.id
    join order_lines ol on ol.item_id = isup.item_id
    join orders o on o.id = ol.order_id
    join events e on e.id = o.event_id and e.org_id = s.org_id
    where s.dispatch_mode = 'batch' and s.batch_schedule <> 'manual'
      and o.status in (${statuses})
      and not exists (select 1 from supplier_dispatch_lines d where d.order_line_id = ol.id)
    limit 200`);
  const sent: DispatchOutcome[] = [];
  for (const c of result.rows) {
    const due = batchDue({
      schedule: c.batch_schedule,
      dailyAt: c.daily_at,
      timeZone: c.time_zone,
      orderingClosesAt: c.ordering_closes_at ? new Date(c.ordering_closes_at) : null,
      eventStatus: c.status,
      now,
    });
    if (!due.due) continue;
    try {
      const outcome = await dispatchBatch({
        db,
        orgId: c.org_id,
        eventId: c.event_id,
        supplierId: c.supplier_id,
        trigger: due.trigger,
        idempotencyKey: due.keyPart ? `daily:${c.supplier_id}:${c.event_id}:${due.keyPart}` : undefined,
      });
      if (outcome) sent.push(outcome);
    } catch (error) {
      // One supplier's failure never blocks the others; the next sweep tries again.
      metrics.supplierDispatchFailures.inc("batch");
      logger.error({ err: error, supplierId: c.supplier_id, eventId: c.event_id }, "supplier batch failed");
    }
  }
  try {
    // Refused supplier emails are told to the organisers in the same beat (issue 12).
    await alertFailedSupplierEmails({ db });
  } catch (error) {
    logger.error({ err: error }, "supplier failure alerts failed");
  }
  return sent;
}
