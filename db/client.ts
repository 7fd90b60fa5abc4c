import { neonConfig, Pool as NeonPool } from "@neondatabase/serverless";
import type { PgDatabase } from "drizzle-orm/pg-core";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzleNodePg, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import pg from "pg";
import ws from "ws";
import { env } from "@/lib/env";
import { chooseDriver, databaseUrl, type DriverName } from "./config";
import * as schema from "./schema";

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
}

export function createDb(options: {
  url: string;
  driver?: DriverName;
  max?: number;
  /** How long a caller waits for a free connection before the request fails as "unavailable". */
  connectionTimeoutMillis?: number;
}): DbHandle {
  const driver = chooseDriver(options.url, options.driver);
  const max = options.max ?? 10;
  const connectionTimeoutMillis = options.connectionTimeoutMillis ?? 5_000;
  if (driver === "neon") {
    // Node 20 has no global WebSocket; Node 22+ does, and ws works everywhere.
    neonConfig.webSocketConstructor ??= ws;
    const pool = new NeonPool({ connectionString: options.url, max, connectionTimeoutMillis });
    survivePoolErrors(pool);
    return {
      db: drizzleNeon({ client: pool, schema, casing: "snake_case" }) as unknown as Db,
      driver,
      close: () => pool.end(),
    };
  }
  const pool = new pg.Pool({ connectionString: options.url, max, connectionTimeoutMillis });
  survivePoolErrors(pool);
  return {
    db: drizzleNodePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db,
    driver,
    close: () => pool.end(),
  };
}

/**
 * A connection lost while idle (pool "error") or while checked out (client "error") must not crash the
 * process: the query in flight still gets its error, and the pool replaces the connection.
 */
function survivePoolErrors(pool: {
  on(event: "error", listener: () => void): unknown;
  on(
    event: "connect",
    listener: (client: { on(event: "error", listener: () => void): unknown }) => void,
  ): unknown;
}): void {
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
}

const globalForDb = globalThis as unknown as { swagstandDb?: DbHandle };

/** The process-wide pool (kept on globalThis so dev hot reloads do not leak connections). */
export function getDb(): Db {
  globalForDb.swagstandDb ??= createDb({ url: databaseUrl(), driver: env().DB_DRIVER, max: 20 });
  return globalForDb.swagstandDb.db;
}

/** Tests and scripts swap in their own handle. */
export function setDbHandle(handle: DbHandle | undefined): void {
  globalForDb.swagstandDb = handle;
}
