/**
 * `npm run bench -- retention`: the retention job erasing 100,000 orders of one event (issue 13), on a
 * throwaway embedded Postgres (fsync off). Each order has its confirmation email in the outbox, as in real life,
 * so the outbox scrub is measured too. Prints orders/s.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { createDb } from "@/db/client";
import { startLocalPostgres } from "@/db/local-server";
import { migrateDatabase } from "@/db/migrate";
import { events } from "@/db/schema";
import { runRetention } from "@/lib/privacy/retention";
import { createOrdersBenchEvent, seedOrders } from "./orders-dashboard";
import { fmt } from "./stats";

const PORT = Number(process.env.BENCH_ORDERS_PG_PORT ?? 54371);
const COUNT = Number(process.env.BENCH_RETENTION_ORDERS ?? 100_000);
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

export async function runRetentionBenchAlone(): Promise<void> {
  const dataDir = path.join(process.cwd(), ".data", "bench-retention-pg");
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startLocalPostgres({
    dataDir,
    port: PORT,
    database: "swagstand_bench_retention",
    fast: true,
    persistent: false,
  });
  // Seeding runs long statements on purpose; the erasure runs under the app's own request timeouts.
  const seeding = createDb({
    url: server.url,
    driver: "node-postgres",
    max: 2,
    timeouts: { queryTimeoutMillis: 600_000, statementTimeoutMillis: 600_000 },
  });
  const handle = createDb({ url: server.url, driver: "node-postgres", max: 4 });
  try {
    await migrateDatabase(server.url);
    console.log(`Retention bench — ${new Date().toISOString()} — ${COUNT} orders\n`);
    const db = seeding.db;
    const fixture = await createOrdersBenchEvent(db);
    await seedOrders(db, fixture, COUNT);
    await db.execute(sql`
      insert into outbox_messages (event_id, template, to_address, payload, status, sent_at)
      select o.event_id, 'order-confirmation', o.attendee_email,
             jsonb_build_object('order', jsonb_build_object('orderId', o.id, 'reference', o.reference,
               'attendeeName', o.attendee_name, 'answers', jsonb_build_array())),
             'sent', now()
        from orders o where o.event_id = ${fixture.event.id}`);
    await db.execute(sql`analyze outbox_messages`);
    await db
      .update(events)
      .set({ endsAt: new Date("2025-06-01T16:00:00Z"), retentionDays: 30 })
      .where(eq(events.id, fixture.event.id));

    const started = performance.now();
    const result = await runRetention({ db: handle.db, onlyEventIds: [fixture.event.id] });
    const seconds = (performance.now() - started) / 1000;
    line("orders erased", fmt(result.orders, 0));
    line("seconds", fmt(seconds, 1));
    line("orders/s", fmt(result.orders / seconds, 0));
  } finally {
    await handle.close();
    await seeding.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
