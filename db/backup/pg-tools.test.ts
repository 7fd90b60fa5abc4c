import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { compatiblePgTool, libpqEnv, majorOf } from "./pg-tools";

const bin = mkdtempSync(path.join(tmpdir(), "swagstand-pgbin-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** A stand-in pg_dump that only answers --version, as Debian's does. */
function fakePgDump(version: string): string {
  const file = path.join(bin, "pg_dump");
  writeFileSync(file, `#!/bin/sh\necho "pg_dump (PostgreSQL) ${version} (Debian ${version}-1)"\n`);
  chmodSync(file, 0o755);
  return file;
}

describe("compatiblePgTool", () => {
  test("takes PG_BIN's pg_dump when it is at least as new as the server", () => {
    const file = fakePgDump("18.1");
    expect(compatiblePgTool("pg_dump", 18, { PG_BIN: bin })).toBe(file);
    expect(compatiblePgTool("pg_dump", 17, { PG_BIN: bin })).toBe(file);
  });

  test("refuses an older one (pg_dump 15 cannot dump a Postgres 18), so the built-in backup runs", () => {
    fakePgDump("15.18");
    expect(compatiblePgTool("pg_dump", 18, { PG_BIN: bin })).toBeNull();
  });

  test("a PG_BIN without the tool gives null", () => {
    expect(compatiblePgTool("pg_restore", 18, { PG_BIN: bin })).toBeNull();
  });
});

test("majorOf reads server_version_num", () => {
  expect(majorOf("180001")).toBe(18);
  expect(majorOf("150018")).toBe(15);
});

test("libpqEnv carries the connection in the environment, password decoded", () => {
  expect(libpqEnv("postgres://app:p%40ss@db.example.com:6543/shop?sslmode=require")).toEqual({
    PGHOST: "db.example.com",
    PGPORT: "6543",
    PGDATABASE: "shop",
    PGUSER: "app",
    PGPASSWORD: "p@ss",
    PGSSLMODE: "require",
  });
});
