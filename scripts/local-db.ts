import { rmSync } from "node:fs";
import path from "node:path";
import { EMBEDDED_DB_NAME } from "../db/config";
import { startLocalPostgres, stopOwnServer, type LocalServer } from "../db/local-server";
import { env } from "../lib/env";

/** One data directory per port, so the e2e server (its own port) never touches the dev database. */
export function localDataDir(port: number): string {
  return path.join(process.cwd(), ".data", `pg-${port}`);
}

/** Starts (or reuses) the embedded Postgres when no DATABASE_URL is configured; returns null otherwise. */
export async function ensureLocalDatabase(
  log: (m: string) => void,
  options: { fresh?: boolean } = {},
): Promise<LocalServer | null> {
  if (env().DATABASE_URL) return null;
  const dataDir = localDataDir(env().EMBEDDED_PG_PORT);
  if (options.fresh) {
    // Throwaway databases for end-to-end runs: stop a leftover server, start from an empty cluster.
    await stopOwnServer(dataDir, env().EMBEDDED_PG_PORT);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return startLocalPostgres({
    dataDir,
    port: env().EMBEDDED_PG_PORT,
    database: EMBEDDED_DB_NAME,
    log,
  });
}
