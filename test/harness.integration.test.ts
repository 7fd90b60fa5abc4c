import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestOrg, testDb, testDriver } from "./db";

describe(`database harness (${testDriver()})`, () => {
  it("runs real Postgres with the migrations applied", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    const rows = await db.execute(
      sql`select version() as v, count(*)::int as n from organisations where id = ${org.id}`,
    );
    expect(String(rows.rows[0]?.v)).toMatch(/PostgreSQL 1[5-9]/);
    expect(rows.rows[0]?.n).toBe(1);
  });

  it("supports interactive transactions that roll back", async () => {
    const db = testDb();
    const org = await createTestOrg(db);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`update organisations set name = 'changed' where id = ${org.id}`);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const rows = await db.execute(sql`select name from organisations where id = ${org.id}`);
    expect(rows.rows[0]?.name).toBe(org.name);
  });
});
