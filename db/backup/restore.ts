import { spawn } from "node:child_process";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createGunzip } from "node:zlib";
import { readMigrationFiles } from "drizzle-orm/migrator";
import pg from "pg";
import { migrateDatabase, MIGRATIONS_FOLDER } from "../migrate";
import { appliedMigrations, orderedCopyOut, quoteIdent } from "./catalog";
import { copyIn, copyOut } from "./copy-protocol";
import {
  digesting,
  digestOnly,
  DUMP_FILE,
  MANIFEST_FILE,
  TableDigest,
  type BackupManifest,
} from "./manifest";
import { compatiblePgTool, libpqEnv, majorOf } from "./pg-tools";

export type RestoreReport = { tables: { name: string; rows: number }[] };

/** Reads and checks a backup directory's manifest. */
export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`${file} not found: not a backup, or an incomplete one`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.format !== "swagstand-backup" || manifest.version !== 1) {
    throw new Error(`${file} is not a Swagstand backup manifest (version 1)`);
  }
  return manifest;
}

/**
 * Restores a backup into the EMPTY database at `url` (a restore never overwrites: make a new database or Neon
 * branch, check it, then point the app at it). Built-in backups: the committed migrations are applied up to
 * and beyond the backup's journal position (refused when the backup is from a newer release than this code),
 * then every table is loaded with COPY in one transaction, its file checked against the manifest as it is
 * read, and the sequences set. pg_dump backups: pg_restore in one transaction. Either way every table's row
 * count and checksum are then compared with the manifest; any difference rolls the data back (built-in) or
 * fails loudly (pg_restore), naming the table.
 */
export async function restoreDatabase({
  url,
  dir,
  log = () => {},
}: {
  url: string;
  dir: string;
  log?: (message: string) => void;
}): Promise<RestoreReport> {
  const manifest = readManifest(dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p')`,
    );
    if (rows[0]!.n > 0) {
      throw new Error(
        "The target database is not empty: restore into a new database (createdb, or a new Neon branch), " +
          "check it, then point DATABASE_URL at it",
      );
    }
    if (manifest.method === "pg_dump") {
      await runPgRestore(client, url, path.join(dir, DUMP_FILE));
      await verify(client, manifest);
      return report(manifest);
    }

    const known = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
    const mismatch = manifest.migrations.findIndex((m, i) => known[i]?.hash !== m.hash);
    if (mismatch !== -1) {
      throw new Error(
        `The backup's migration ${mismatch + 1} of ${manifest.migrations.length} is not this code's ` +
          `(${known.length} migrations): restore with the release that made the backup`,
      );
    }
    log(`Applying ${known.length} migrations (the backup was at ${manifest.migrations.length})`);
    await migrateDatabase(url);
    if ((await appliedMigrations(client)).length !== known.length)
      throw new Error("migrations did not apply");

    await client.query("begin");
    try {
      for (const table of manifest.tables) {
        if (!table.file) throw new Error(`${table.name}: no data file in a COPY backup`);
        const digest = new TableDigest();
        const source = createReadStream(path.join(dir, table.file))
          .pipe(createGunzip())
          .pipe(digesting(digest));
        const columns = table.columns.map(quoteIdent).join(", ");
        await copyIn(client, `copy ${quoteIdent(table.name)} (${columns}) from stdin`, source);
        if (digest.rows !== table.rows || digest.hex() !== table.sha256) {
          throw new Error(`${table.file} does not match the manifest (damaged or edited backup)`);
        }
        log(`  ${table.name}: ${table.rows} rows`);
      }
      for (const sequence of manifest.sequences) {
        if (sequence.lastValue === null) continue;
        await client.query("select setval($1::regclass, $2::bigint, true)", [
          quoteIdent(sequence.name),
          sequence.lastValue,
        ]);
      }
      await verify(client, manifest);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    }
    return report(manifest);
  } finally {
    await client.end();
  }
}

/** Every table's rows (by primary key) hash to what the manifest recorded at backup time. */
async function verify(client: pg.ClientBase, manifest: BackupManifest): Promise<void> {
  for (const table of manifest.tables) {
    const digest = new TableDigest();
    await copyOut(client, orderedCopyOut(table), [digestOnly(digest)]);
    const sha256 = digest.hex();
    if (digest.rows !== table.rows || sha256 !== table.sha256) {
      throw new Error(
        `${table.name} restored ${digest.rows} rows (${sha256.slice(0, 12)}), the backup has ${table.rows} ` +
          `(${table.sha256.slice(0, 12)})`,
      );
    }
  }
}

const report = (manifest: BackupManifest): RestoreReport => ({
  tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
});

async function runPgRestore(client: pg.ClientBase, url: string, file: string): Promise<void> {
  const versionNum = (await client.query<{ v: string }>("select current_setting('server_version_num') as v"))
    .rows[0]!.v;
  const tool = compatiblePgTool("pg_restore", majorOf(versionNum));
  if (!tool)
    throw new Error("This backup was made with pg_dump: restoring it needs a pg_restore as new (PG_BIN)");
  const env = libpqEnv(url);
  await new Promise<void>((resolve, reject) => {
    // Connection details (the password) through the environment, not argv; the database name is no secret.
    const args = ["--no-owner", "--exit-on-error", "--single-transaction", "--dbname", env.PGDATABASE!, file];
    const child = spawn(tool, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_restore exited with ${code}`)),
    );
  });
}
