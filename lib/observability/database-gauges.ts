import "server-only";
import { sql } from "drizzle-orm";
import type { Gauge } from "prom-client";
import { dbPoolStats, getDb } from "@/db/client";

/** Gauges read at scrape time: one cheap query plus the pool's own counts. */
export interface DatabaseGauges {
  up: Gauge<string>;
  outboxDepth: Gauge<string>;
  outboxOldestAge: Gauge<string>;
  serverConnections: Gauge<string>;
  serverMaxConnections: Gauge<string>;
  poolConnections: Gauge<string>;
  poolMax: Gauge<string>;
  poolWaiting: Gauge<string>;
}

/**
 * A scrape never waits longer than this for the database: a slow or frozen database must not make the
 * metrics endpoint hang (Prometheus would time out and lose every other metric with it).
 */
export const SCRAPE_QUERY_TIMEOUT_MS = 1_000;

type Row = { depth: number; oldest_age: number | null; connections: number; max_connections: number };

/**
 * Pending outbox messages use the (status, next_attempt_at) index; pg_stat_activity is a small in-memory
 * view. One round trip for all of it.
 */
async function readDatabase(): Promise<Row | undefined> {
  const result = await getDb().execute<Row>(sql`
    select
      (select count(*) from outbox_messages where status = 'pending')::int as depth,
      (select extract(epoch from now() - min(created_at)) from outbox_messages where status = 'pending')::float8
        as oldest_age,
      (select count(*) from pg_stat_activity)::int as connections,
      current_setting('max_connections')::int as max_connections`);
  return result.rows[0];
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function collectDatabaseGauges(
  gauges: DatabaseGauges,
  timeoutMs = SCRAPE_QUERY_TIMEOUT_MS,
): Promise<void> {
  const pool = dbPoolStats();
  if (pool) {
    gauges.poolConnections.set({ state: "in_use" }, pool.total - pool.idle);
    gauges.poolConnections.set({ state: "idle" }, pool.idle);
    gauges.poolMax.set(pool.max);
    gauges.poolWaiting.set(pool.waiting);
  }
  const row = await withTimeout(
    readDatabase().catch(() => undefined),
    timeoutMs,
  );
  gauges.up.set(row ? 1 : 0);
  // Unknown is NaN, not 0: "no backlog" must never be reported when the backlog could not be read.
  gauges.outboxDepth.set(row ? row.depth : NaN);
  gauges.outboxOldestAge.set(row ? (row.oldest_age ?? 0) : NaN);
  gauges.serverConnections.set(row ? row.connections : NaN);
  gauges.serverMaxConnections.set(row ? row.max_connections : NaN);
}
