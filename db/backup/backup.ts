import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createGzip } from "node:zlib";
import pg from "pg";
import { appliedMigrations, orderedCopyOut, sequencePositions, tablesInDependencyOrder } from "./catalog";
import { copyOut } from "./copy-protocol";
import {
  digesting,
  digestOnly,
  DUMP_FILE,
  MANIFEST_FILE,
  TableDigest,
  type BackupManifest,
} from "./manifest";
import { compatiblePgTool, libpqEnv, majorOf } from "./pg-tools";

export type BackupMethod = "auto" | "copy" | "pg_dump";

/**
 * Backs up the database at `url` into `dir` (new or empty) from one consistent snapshot (a read-only
 * repeatable-read transaction): pg_dump when a new enough one exists (`auto`), else one gzip COPY file per
 * table. Either way the manifest records, per table, the row count and a SHA-256 of its rows ordered by
 * primary key, so a restore can prove it got everything back. Reads only; the source is never written.
 */
export async function backupDatabase({
  url,
  dir,
  method = "auto",
  log = () => {},
}: {
  url: string;
  dir: string;
  method?: BackupMethod;
  log?: (message: string) => void;
}): Promise<BackupManifest> {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: a backup goes into a new directory`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const versionNum = (
      await client.query<{ v: string }>("select current_setting('server_version_num') as v")
    ).rows[0]!.v;
    const serverVersion = (await client.query<{ v: string }>("select current_setting('server_version') as v"))
      .rows[0]!.v;
    const pgDump = method === "copy" ? null : compatiblePgTool("pg_dump", majorOf(versionNum));
    if (method === "pg_dump" && !pgDump) {
      throw new Error(
        `No pg_dump ${majorOf(versionNum)} or newer (server ${serverVersion}): set PG_BIN, or use --method copy`,
      );
    }
    mkdirSync(dir, { recursive: true });
    await client.query("begin isolation level repeatable read, read only");
    let dump: Promise<void> | null = null;
    if (pgDump) {
      // pg_dump reads the very snapshot this transaction holds, so its data and our checksums agree.
      const snapshot = (await client.query<{ s: string }>("select pg_export_snapshot() as s")).rows[0]!.s;
      log(`pg_dump (${pgDump}) from snapshot ${snapshot}`);
      dump = runPgDump(pgDump, url, snapshot, path.join(dir, DUMP_FILE));
    }
    const tables: BackupManifest["tables"] = [];
    for (const table of await tablesInDependencyOrder(client)) {
      const digest = new TableDigest();
      const file = pgDump ? null : `${table.name}.copy.gz`;
      if (file) {
        await copyOut(client, orderedCopyOut(table), [
          digesting(digest),
          createGzip(),
          createWriteStream(path.join(dir, file)),
        ]);
      } else {
        await copyOut(client, orderedCopyOut(table), [digestOnly(digest)]);
      }
      tables.push({ ...table, rows: digest.rows, sha256: digest.hex(), file });
      log(`  ${table.name}: ${digest.rows} rows`);
    }
    const manifest: BackupManifest = {
      format: "swagstand-backup",
      version: 1,
      method: pgDump ? "pg_dump" : "copy",
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations: await appliedMigrations(client),
      tables: tables.map(({ name, columns, primaryKey, rows, sha256, file }) => ({
        name,
        columns,
        primaryKey,
        rows,
        sha256,
        file,
      })),
      sequences: await sequencePositions(client),
    };
    await dump;
    await client.query("commit");
    writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

function runPgDump(pgDump: string, url: string, snapshot: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The connection string goes through the environment, not argv (ps would show its password).
    const child = spawn(pgDump, ["--format=custom", `--snapshot=${snapshot}`, "--no-owner", "--file", file], {
      env: { ...process.env, ...libpqEnv(url) },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump exited with ${code}`))));
  });
}
