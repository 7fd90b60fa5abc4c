import { databaseEnv } from "./env";

export type DriverName = "node-postgres" | "neon";

export const EMBEDDED_DB_NAME = "swagstand";

/** The connection string the app uses: DATABASE_URL, or the embedded server's. */
export function databaseUrl(): string {
  const e = databaseEnv();
  return e.DATABASE_URL ?? `postgres://postgres:postgres@localhost:${e.EMBEDDED_PG_PORT}/${EMBEDDED_DB_NAME}`;
}

/** ARCHITECTURE decision 2: Neon hosts (or DB_DRIVER=neon) use the WebSocket Pool, all else node-postgres. */
export function chooseDriver(url: string, forced?: DriverName): DriverName {
  if (forced) return forced;
  const host = new URL(url).hostname;
  return host.endsWith(".neon.tech") || host.endsWith(".neon.build") ? "neon" : "node-postgres";
}
