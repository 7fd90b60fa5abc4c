import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { createDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createOrderFixture, orderInputFor } from "@/lib/orders/test-fixtures";
import { placeOrder } from "@/lib/orders/place-order";
import { testDriver } from "@/test/db";
import { backupDatabase } from "./backup";
import { restoreDatabase } from "./restore";
import { compatiblePgTool } from "./pg-tools";

/**
 * The backup drill (issue 14, part 5): a database with orders is backed up, restored into a fresh database,
 * and every table compared — row counts and a checksum of all rows — by queries of this test's own, not by
 * the restore's verification. The backup talks to Postgres with node-postgres whatever the driver under
 * test, so it runs once (in the node-postgres project).
 */

const server = inject("databaseUrl");
const dbUrl = (name: string) => {
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
};
const suffix = randomUUID().slice(0, 8);
const names = {
  source: `backup_src_${suffix}`,
  target: `backup_dst_${suffix}`,
  damaged: `backup_bad_${suffix}`,
};
const dirs: string[] = [];

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Per table of `public`: its row count and an md5 of all its rows in primary-key order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; sum: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, E'\\n' order by t::text)) as sum from "${name}" t`,
      );
      result[name] = `${rows[0]!.n} rows, ${rows[0]!.sum ?? "empty"}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

function newDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "swagstand-backup-"));
  dirs.push(dir);
  return path.join(dir, "backup");
}

describe.skipIf(testDriver() === "neon")("backup and restore", () => {
  let placed = 0;

  beforeAll(async () => {
    await admin(async (c) => {
      for (const name of Object.values(names)) await c.query(`create database "${name}"`);
    });
    await migrateDatabase(dbUrl(names.source));
    const handle = createDb({ url: dbUrl(names.source), driver: "node-postgres", max: 4 });
    try {
      const fixture = await createOrderFixture(handle.db, {
        items: [{ name: "T-shirt\twith a tab", maxPerOrder: 1, variants: [{ label: "M", stock: 500 }] }],
      });
      // Text COPY must escape: tabs, newlines, backslashes, quotes, non-Latin scripts, emoji.
      const awkward = [
        "Ada\tLovelace",
        "Grace\nHopper",
        "C:\\path\\\\n",
        'O\'Brien "Quote"',
        "Zoë 李 🎉",
        "\\N",
      ];
      for (let i = 0; i < 40; i++) {
        const result = await placeOrder({
          db: handle.db,
          eventSlug: fixture.event.slug,
          input: orderInputFor(fixture, {
            name: awkward[i % awkward.length]!,
            email: `backup-${i}@example.com`,
            answers: { dietary_needs: awkward[(i + 1) % awkward.length]!, phone: "" },
          }),
        });
        expect(result.ok, JSON.stringify(result)).toBe(true);
        placed++;
      }
    } finally {
      await handle.close();
    }
  });

  afterAll(async () => {
    await admin(async (c) => {
      for (const name of Object.values(names))
        await c.query(`drop database if exists "${name}" with (force)`);
    });
    // `dirs` holds the temporary directories themselves (newDir returns a folder inside one).
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test("a restored database has every row of every table, byte for byte", async () => {
    const dir = newDir();
    const manifest = await backupDatabase({
      url: dbUrl(names.source),
      dir,
      method: "copy",
    });
    expect(manifest.method).toBe("copy");
    expect(manifest.tables.find((t) => t.name === "orders")?.rows).toBe(placed);
    expect(manifest.migrations.length).toBeGreaterThanOrEqual(8);
    const names_ = manifest.tables.map((t) => t.name);
    expect(names_.indexOf("events")).toBeLessThan(names_.indexOf("orders")); // parents first
    expect(names_.indexOf("orders")).toBeLessThan(names_.indexOf("order_lines"));

    await restoreDatabase({ url: dbUrl(names.target), dir });

    const source = await fingerprint(dbUrl(names.source));
    expect(source.orders).toMatch(new RegExp(`^${placed} rows`));
    expect(await fingerprint(dbUrl(names.target))).toEqual(source);
  });

  test("sequences continue after the restored rows", async () => {
    const client = new pg.Client({ connectionString: dbUrl(names.target) });
    await client.connect();
    try {
      const { rows } = await client.query<{ max: string; next: string }>(
        `select (select max(id) from order_status_history)::text as max,
                nextval(pg_get_serial_sequence('order_status_history', 'id'))::text as next`,
      );
      expect(BigInt(rows[0]!.next)).toBeGreaterThan(BigInt(rows[0]!.max));
    } finally {
      await client.end();
    }
  });

  test("a damaged backup restores nothing and names the file", async () => {
    const dir = newDir();
    await backupDatabase({ url: dbUrl(names.source), dir, method: "copy" });
    // A well-formed file with one order missing: only the checksum can tell.
    const file = readdirSync(dir).find((f) => f === "orders.copy.gz")!;
    writeFileSync(path.join(dir, file), gzipSync(""));
    await expect(restoreDatabase({ url: dbUrl(names.damaged), dir })).rejects.toThrow(/orders/);
    const counts = await fingerprint(dbUrl(names.damaged));
    expect(counts.events).toBe("0 rows, empty"); // rolled back: the tables before orders were loaded too
  });

  test("a database that is not empty is refused and left as it was", async () => {
    const dir = newDir();
    await backupDatabase({ url: dbUrl(names.source), dir, method: "copy" });
    const before = await fingerprint(dbUrl(names.source));
    await expect(restoreDatabase({ url: dbUrl(names.source), dir })).rejects.toThrow(/not empty/);
    expect(await fingerprint(dbUrl(names.source))).toEqual(before);
  });

  test("auto, with no pg_dump as new as the server, makes the built-in backup and names the server", async () => {
    const manifest = await backupDatabase({ url: dbUrl(names.source), dir: newDir() });
    expect(manifest.serverVersion).toMatch(/^18\b/); // the embedded Postgres; this machine's pg_dump is 15
    expect(manifest.method).toBe(compatiblePgTool("pg_dump", 18) ? "pg_dump" : "copy");
  });

  test("a backup goes into a new directory, never over another one", async () => {
    const dir = newDir();
    await backupDatabase({ url: dbUrl(names.source), dir, method: "copy" });
    await expect(backupDatabase({ url: dbUrl(names.source), dir, method: "copy" })).rejects.toThrow(
      /not empty/,
    );
  });
});
