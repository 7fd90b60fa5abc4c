/**
 * `npm run db:restore -- <backup directory> [--create]`: restores a backup made by `npm run db:backup` into
 * DATABASE_URL, which must be an empty database (a restore never overwrites one; `--create` creates the
 * database named in DATABASE_URL first). Loads, then compares every table's row count and checksum with the
 * manifest before committing (ADR 029, docs/operations.md "Backup and restore").
 */
import pg from "pg";
import { databaseUrl } from "../db/config";
import { restoreDatabase } from "../db/backup/restore";
import { ensureLocalDatabase } from "./local-db";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error(
    "usage: npm run db:restore -- <backup directory> [--create]   (into DATABASE_URL, an empty database)",
  );
  process.exit(2);
}

const server = await ensureLocalDatabase((m) => console.log(m));
try {
  const url = databaseUrl();
  if (args.includes("--create")) await createDatabase(url);
  const started = Date.now();
  const report = await restoreDatabase({ url, dir, log: (m) => console.log(m) });
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restored ${report.tables.length} tables, ${rows} rows, every count and checksum as in the manifest, ` +
      `in ${Date.now() - started} ms`,
  );
} catch (error) {
  console.error(`db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (server && !server.reused) await server.stop();
}

async function createDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`create database "${name.replace(/"/g, '""')}"`);
    console.log(`Created database ${name}`);
  } finally {
    await admin.end();
  }
}
