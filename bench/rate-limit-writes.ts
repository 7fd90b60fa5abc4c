/**
 * How many counter writes the order rate-limit check makes (ADR 035): places orders like `npm run bench --
 * rate-limit` (b) — `placeOrder` in this process, a pool of 20, 50 callers, limits raised 1000 times — on a
 * Postgres of its own, and prints the rows the check inserted or updated in `rate_limits` per order placed
 * (before the leases: 2, both counters on every order). BENCH_CLIENTS=many gives each order its own client
 * address (production's shape: most orders are their client's first).
 *
 *   npx tsx --conditions=react-server bench/rate-limit-writes.ts   (BENCH_ORDERS_PG_PORT, default 54371)
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createDb } from "@/db/client";
import { startLocalPostgres } from "@/db/local-server";
import { migrateDatabase } from "@/db/migrate";
import { placeOrder } from "@/lib/orders/place-order";
import { benchInput, createBenchEvent } from "./fixtures";

process.env.RATE_LIMIT_FACTOR ??= "1000";
const orders = Number(process.env.BENCH_ORDERS ?? 2000);
const manyClients = process.env.BENCH_CLIENTS === "many";
const dataDir = path.join(process.cwd(), ".data", "bench-rate-limit-writes-pg");
rmSync(dataDir, { recursive: true, force: true });
const port = Number(process.env.BENCH_ORDERS_PG_PORT ?? 54371);
const server = await startLocalPostgres({ dataDir, port, database: "x", persistent: false });
try {
  await migrateDatabase(server.url);
  const handle = createDb({ url: server.url, driver: "node-postgres", max: 20 });
  const fixture = await createBenchEvent(handle.db, 10_000_000);
  const writes = async () => {
    // The statistics collector's counters for the table, flushed by this backend first.
    await handle.db.execute(sql`select pg_stat_force_next_flush()`);
    const r = await handle.db.execute<{ n: string }>(
      sql`select (n_tup_ins + n_tup_upd)::text as n from pg_stat_user_tables where relname = 'rate_limits'`,
    );
    return Number(r.rows[0]?.n ?? 0);
  };
  const before = await writes();
  let n = 0;
  let placed = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (n < orders) {
        const i = n++;
        const result = await placeOrder({
          db: handle.db,
          eventSlug: fixture.event.slug,
          input: benchInput(fixture, i),
          clientAddress: manyClients ? `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` : "127.0.0.1",
        });
        if (result.ok) placed++;
      }
    }),
  );
  await handle.close();
  // Another connection: the pool's backends have exited and flushed their statistics.
  const check = createDb({ url: server.url, driver: "node-postgres", max: 1 });
  const after = await (async () => {
    await check.db.execute(sql`select pg_stat_force_next_flush()`);
    const r = await check.db.execute<{ n: string }>(
      sql`select (n_tup_ins + n_tup_upd)::text as n from pg_stat_user_tables where relname = 'rate_limits'`,
    );
    return Number(r.rows[0]?.n ?? 0);
  })();
  await check.close();
  console.log(
    `${placed} orders placed (${manyClients ? "one client address each" : "all from 127.0.0.1"}): ` +
      `${after - before} counter rows written, ${((after - before) / Math.max(1, placed)).toFixed(3)} per order`,
  );
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
