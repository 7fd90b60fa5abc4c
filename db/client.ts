import "server-only";
import { neonConfig, Pool as NeonPool } from "@neondatabase/serverless";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzleNodePg, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import pg from "pg";
import ws from "ws";
import { chooseDriver, databaseUrl, type DriverName } from "./config";
import { databaseEnv } from "./env";
import { observePoolWait, type PoolStats } from "./pool-observer";
import * as schema from "./schema";
import { requestDbTimeouts, type DbTimeouts } from "./timeouts";

export type Schema = typeof schema;
/**
 * A database or a transaction handle: domain functions accept either. Both drivers return pg-compatible
 * results ({ rows, rowCount }), so one type serves node-postgres and the Neon Pool.
 */
export type Db = PgDatabase<NodePgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  driver: DriverName;
  close: () => Promise<void>;
  /** Read by the metrics scrape (lib/observability/database-gauges.ts); counts only, no query. */
  stats: () => PoolStats;
}

export function createDb(options: {
  url: string;
  driver?: DriverName;
  max?: number;
  /** How long a caller waits for a free connection before the request fails as "unavailable". */
  connectionTimeoutMillis?: number;
  /** Overrides of db/timeouts.ts, for scripts that run long statements on purpose. */
  timeouts?: Partial<DbTimeouts>;
}): DbHandle {
  const driver = chooseDriver(options.url, options.driver);
  const max = options.max ?? 10;
  const timeouts: DbTimeouts = {
    ...requestDbTimeouts,
    ...options.timeouts,
    ...(options.connectionTimeoutMillis === undefined
      ? {}
      : { connectionTimeoutMillis: options.connectionTimeoutMillis }),
  };
  // The same pg option names on both drivers (the Neon Pool is node-postgres's, over a WebSocket).
  const poolConfig = {
    connectionString: options.url,
    max,
    connectionTimeoutMillis: timeouts.connectionTimeoutMillis,
    query_timeout: timeouts.queryTimeoutMillis,
    statement_timeout: timeouts.statementTimeoutMillis,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionSessionTimeoutMillis,
    keepAlive: true,
  };
  if (driver === "neon") {
    // Node 20 has no global WebSocket; Node 22+ does, and ws works everywhere.
    neonConfig.webSocketConstructor ??= ws;
    const pool = new NeonPool(poolConfig);
    survivePoolErrors(pool);
    timeCheckouts(pool);
    return {
      db: drizzleNeon({ client: pool, schema, casing: "snake_case" }) as unknown as Db,
      driver,
      close: () => pool.end(),
      stats: () => poolStats(pool, max),
    };
  }
  const pool = new pg.Pool(poolConfig);
  survivePoolErrors(pool);
  timeCheckouts(pool);
  return {
    db: drizzleNodePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db,
    driver,
    close: () => pool.end(),
    stats: () => poolStats(pool, max),
  };
}

function poolStats(pool: { totalCount: number; idleCount: number; waitingCount: number }, max: number) {
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max };
}

type ConnectCallback = (error: Error | undefined, ...rest: unknown[]) => void;

/**
 * Reports how long each checkout waited for a connection (pool wait time). Both drivers' pools are
 * node-postgres's: queries check out through `connect(callback)`, transactions through `connect()`.
 * Two clock reads per checkout, no query.
 */
function timeCheckouts(pool: { connect: (...args: never[]) => unknown }): void {
  const connect = pool.connect.bind(pool) as (callback?: ConnectCallback) => unknown;
  const done = (started: number) => observePoolWait((performance.now() - started) / 1000);
  pool.connect = ((callback?: ConnectCallback) => {
    const started = performance.now();
    if (typeof callback === "function") {
      return connect((error, ...rest) => {
        done(started);
        callback(error, ...rest);
      });
    }
    return (connect() as Promise<unknown>).then(
      (client) => {
        done(started);
        return client;
      },
      (error: unknown) => {
        done(started);
        throw error;
      },
    );
  }) as typeof pool.connect;
}

/** The part of a pg (or Neon) client these guards use. */
interface GuardedClient {
  on(event: "error" | "end", listener: () => void): unknown;
  query: (...args: never[]) => unknown;
  connection?: { stream?: { destroy?: () => void } };
  /** Set by the pool on each checkout. */
  release?: (error?: Error) => void;
}

/**
 * A connection lost while idle (pool "error") or while checked out (client "error") must not crash the
 * process: the query in flight still gets its error, and the pool replaces the connection.
 */
function survivePoolErrors(pool: {
  on(event: "error", listener: () => void): unknown;
  on(event: "connect" | "acquire", listener: (client: GuardedClient) => void): unknown;
}): void {
  pool.on("error", () => {});
  pool.on("connect", (client) => {
    client.on("error", () => {});
    closeOnReadTimeout(client);
    releaseWhenConnectionEnds(client);
  });
}

/**
 * Drizzle sends a transaction's BEGIN before its try/finally, so a BEGIN that fails (a frozen server, a
 * dropped connection) never gives the client back: each such failure would shrink the pool for good, until
 * every request waits for a connection that never comes. A checked-out client whose connection has ended is
 * therefore handed back (with an error, so the pool discards it) as soon as it ends, and the release the
 * pool sets on each checkout is made idempotent so the borrower's own later release() is harmless.
 */
function releaseWhenConnectionEnds(client: GuardedClient): void {
  let current: GuardedClient["release"];
  Object.defineProperty(client, "release", {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (release: (error?: Error) => void) => {
      let released = false;
      current = (error?: Error) => {
        if (released) return;
        released = true;
        release(error);
      };
    },
  });
  client.on("end", () => current?.(new Error("database connection ended")));
}

/**
 * pg's query_timeout rejects the caller but leaves the statement running on the connection, and Drizzle
 * returns a transaction's client to the pool without an error, so the next borrower would queue behind a
 * frozen statement, or join a transaction whose ROLLBACK never ran. Closing the connection at the timeout
 * makes the rest of that transaction (its ROLLBACK included) fail at once, the pool discard the client, and
 * the server roll back whatever it had when it notices the closed socket.
 */
function closeOnReadTimeout(client: GuardedClient): void {
  const query = client.query;
  client.query = function (this: unknown, ...args: never[]) {
    const result = query.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      (result as Promise<unknown>).then(undefined, (error: unknown) => {
        if (error instanceof Error && error.message === "Query read timeout")
          client.connection?.stream?.destroy?.();
      });
    }
    return result;
  } as GuardedClient["query"];
}

const globalForDb = globalThis as typeof globalThis & { swagstandDb?: DbHandle };

/** The process-wide pool (kept on globalThis so dev hot reloads do not leak connections). */
export function getDb(): Db {
  globalForDb.swagstandDb ??= createDb({ url: databaseUrl(), driver: databaseEnv().DB_DRIVER, max: 20 });
  return globalForDb.swagstandDb.db;
}

/** The process-wide pool's counts, when it exists (never creates it: a scrape must not open a pool). */
export function dbPoolStats(): PoolStats | undefined {
  return globalForDb.swagstandDb?.stats();
}

/** Tests and scripts swap in their own handle. */
export function setDbHandle(handle: DbHandle | undefined): void {
  globalForDb.swagstandDb = handle;
}
