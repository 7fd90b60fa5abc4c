import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * pg_dump refuses a server newer than itself ("server version mismatch"), and the embedded Postgres 18 ships
 * none while Debian's is 15. So it is used only when one at least as new as the server is found: in PG_BIN,
 * else on PATH. Otherwise the built-in COPY backup runs (ADR 029).
 */
export function compatiblePgTool(
  tool: "pg_dump" | "pg_restore",
  serverMajor: number,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const candidates = env.PG_BIN ? [path.join(env.PG_BIN, tool)] : [tool];
  for (const candidate of candidates) {
    if (candidate.includes(path.sep) && !existsSync(candidate)) continue;
    try {
      const version = execFileSync(candidate, ["--version"], { encoding: "utf8" });
      const major = Number(/\b(\d+)(?:\.\d+)?/.exec(version.replace(/^[^)]*\)/, ""))?.[1]);
      if (major >= serverMajor) return candidate;
    } catch {
      // not installed there
    }
  }
  return null;
}

/** "18.1" → 18, from `show server_version_num` (180001). */
export const majorOf = (serverVersionNum: string) => Math.floor(Number(serverVersionNum) / 10000);

/** A connection string as libpq's environment (PGHOST…), so no password appears in a command line. */
export function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(u.hostname),
    PGPORT: u.port || "5432",
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}
