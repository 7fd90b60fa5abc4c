/**
 * `npm run db:backup [-- <directory>] [--method auto|copy|pg_dump]`: backs up DATABASE_URL (or the embedded
 * Postgres) into a new directory (default backups/swagstand-<time>): pg_dump when one as new as the server is
 * in PG_BIN or on PATH, else the built-in COPY backup; always a manifest of row counts and checksums (ADR 029,
 * docs/operations.md "Backup and restore"). Reads only.
 */
import path from "node:path";
import { backupDatabase, type BackupMethod } from "../db/backup/backup";
import { databaseUrl } from "../db/config";
import { ensureLocalDatabase } from "./local-db";

const args = process.argv.slice(2);
const methodAt = args.indexOf("--method");
const method = (methodAt >= 0 ? args[methodAt + 1] : "auto") as BackupMethod;
if (!["auto", "copy", "pg_dump"].includes(method)) {
  console.error(`db:backup: --method must be auto, copy or pg_dump, not "${method}"`);
  process.exit(2);
}
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--method");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const dir = path.resolve(positional[0] ?? path.join("backups", `swagstand-${stamp}`));

const server = await ensureLocalDatabase((m) => console.log(m));
try {
  const started = Date.now();
  const manifest = await backupDatabase({ url: databaseUrl(), dir, method, log: (m) => console.log(m) });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backed up ${manifest.tables.length} tables, ${rows} rows (${manifest.method}, Postgres ` +
      `${manifest.serverVersion}, ${manifest.migrations.length} migrations) to ${dir} in ${Date.now() - started} ms`,
  );
} catch (error) {
  console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (server && !server.reused) await server.stop();
}
