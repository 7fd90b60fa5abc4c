import { createHash } from "node:crypto";
import { Transform, Writable } from "node:stream";

/** `manifest.json` of a backup directory: written last, so a backup without one is incomplete. */
export type BackupManifest = {
  format: "swagstand-backup";
  version: 1;
  /** "copy": one gzip COPY file per table; "pg_dump": database.dump (custom format) from the same snapshot. */
  method: "copy" | "pg_dump";
  createdAt: string;
  serverVersion: string;
  /** drizzle's journal in the source: a restore applies these migrations (by hash) before loading data. */
  migrations: { hash: string; createdAt: string }[];
  /** In restore order (parents first). rows and sha256 are of the table's COPY text ordered by primary key. */
  tables: {
    name: string;
    columns: string[];
    primaryKey: string[];
    rows: number;
    sha256: string;
    file: string | null;
  }[];
  sequences: { name: string; lastValue: string | null }[];
};

export const MANIFEST_FILE = "manifest.json";
export const DUMP_FILE = "database.dump";

/** Counts rows (COPY text: one line per row, newlines inside values are escaped) and hashes the bytes. */
export class TableDigest {
  private readonly hash = createHash("sha256");
  rows = 0;
  add(chunk: Buffer): void {
    this.hash.update(chunk);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows++;
  }
  hex(): string {
    return this.hash.digest("hex");
  }
}

/** A pass-through that digests what flows through it (a restore checks the file it loads). */
export function digesting(digest: TableDigest): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      digest.add(chunk);
      callback(null, chunk);
    },
  });
}

/** The end of a stream whose bytes only need digesting (a check keeps nothing). */
export function digestOnly(digest: TableDigest): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      digest.add(chunk);
      callback();
    },
  });
}
