import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { rateLimits } from "@/db/schema";
import { testDb, testDriver } from "@/test/db";
import { waitFor } from "@/test/failures";
import { combine, consumeRateLimit, consumeRateLimits, deleteExpiredRateLimits } from "./consume";

describe(`consumeRateLimit (${testDriver()})`, () => {
  test("allows up to the limit in a window, then refuses with the time left", async () => {
    const db = testDb();
    const key = `test:${randomUUID()}`;
    const decisions = [];
    for (let i = 0; i < 4; i++)
      decisions.push(await consumeRateLimit(db, { key, limit: 3, windowMs: 60_000 }));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfterSeconds).toBeGreaterThan(50);
    expect(decisions[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  test("counts every one of many simultaneous requests (one atomic upsert, no lost updates)", async () => {
    const db = testDb();
    const key = `test:${randomUUID()}`;
    const decisions = await Promise.all(
      Array.from({ length: 40 }, () => consumeRateLimit(db, { key, limit: 10, windowMs: 60_000 })),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  test("a new window starts once the old one has passed", async () => {
    const db = testDb();
    const key = `test:${randomUUID()}`;
    expect((await consumeRateLimit(db, { key, limit: 1, windowMs: 1_000 })).allowed).toBe(true);
    expect((await consumeRateLimit(db, { key, limit: 1, windowMs: 1_000 })).allowed).toBe(false);
    // Until the database's clock has left the window behind (its own now(), as the upsert compares).
    await waitFor(async () => {
      const rows = await db.execute(
        sql`select 1 as passed from rate_limits
            where key = ${key} and window_started_at <= now() - interval '1 second'`,
      );
      return rows.rows[0]?.passed === undefined ? undefined : true;
    });
    expect((await consumeRateLimit(db, { key, limit: 1, windowMs: 1_000 })).allowed).toBe(true);
  });

  test("keys are independent", async () => {
    const db = testDb();
    const a = `test:${randomUUID()}`;
    const b = `test:${randomUUID()}`;
    expect((await consumeRateLimit(db, { key: a, limit: 1, windowMs: 60_000 })).allowed).toBe(true);
    expect((await consumeRateLimit(db, { key: b, limit: 1, windowMs: 60_000 })).allowed).toBe(true);
  });
});

describe(`consumeRateLimits: several keys in one statement (${testDriver()})`, () => {
  test("many simultaneous callers sharing one key and each with its own never pass the shared limit", async () => {
    const db = testDb();
    const shared = `test:shared:${randomUUID()}`;
    const decisions = await Promise.all(
      Array.from({ length: 60 }, () =>
        consumeRateLimits(db, {
          windowMs: 60_000,
          counters: [
            { key: `test:own:${randomUUID()}`, limit: 1 },
            { key: shared, limit: 25 },
          ],
        }),
      ),
    );
    expect(decisions.every(([own]) => own!.allowed)).toBe(true);
    expect(decisions.filter(([, byShared]) => byShared!.allowed)).toHaveLength(25);
    expect(decisions.filter((d) => combine(d).allowed)).toHaveLength(25);
  });

  test("callers locking the same two keys given in opposite orders never deadlock", async () => {
    const db = testDb();
    const a = `test:a:${randomUUID()}`;
    const b = `test:b:${randomUUID()}`;
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        consumeRateLimits(db, {
          windowMs: 60_000,
          counters:
            i % 2 === 0
              ? [
                  { key: a, limit: 100 },
                  { key: b, limit: 100 },
                ]
              : [
                  { key: b, limit: 100 },
                  { key: a, limit: 100 },
                ],
        }),
      ),
    );
    expect(decisions.flat().every((d) => d.allowed)).toBe(true);
    const rows = await db
      .select()
      .from(rateLimits)
      .where(inArray(rateLimits.key, [a, b]));
    expect(rows.map((r) => r.count)).toEqual([40, 40]);
  });

  test("answers in the order asked, with the longest wait when refused", async () => {
    const db = testDb();
    const key = `test:${randomUUID()}`;
    await consumeRateLimit(db, { key, limit: 1, windowMs: 60_000 });
    const [fresh, spent] = await consumeRateLimits(db, {
      windowMs: 60_000,
      counters: [
        { key: `test:${randomUUID()}`, limit: 1 },
        { key, limit: 1 },
      ],
    });
    expect(fresh).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(spent!.allowed).toBe(false);
    expect(combine([fresh!, spent!]).retryAfterSeconds).toBe(spent!.retryAfterSeconds);
  });
});

describe(`deleteExpiredRateLimits (${testDriver()})`, () => {
  test("deletes counters whose window is long over, in bounded batches, and leaves current ones", async () => {
    const db = testDb();
    const old = Array.from({ length: 5 }, () => `test:old:${randomUUID()}`);
    const current = `test:current:${randomUUID()}`;
    await db
      .insert(rateLimits)
      .values([
        ...old.map((key) => ({ key, windowStartedAt: new Date(Date.now() - 3 * 60 * 60 * 1000), count: 3 })),
        { key: current, windowStartedAt: new Date(), count: 1 },
      ]);
    // Other tests' rows may be expired too: delete until none of ours is left, two at a time.
    let rounds = 0;
    while (rounds < 1000) {
      const left = await db.select().from(rateLimits).where(inArray(rateLimits.key, old));
      if (left.length === 0) break;
      expect(
        await deleteExpiredRateLimits(db, { olderThanMs: 60 * 60 * 1000, batch: 2 }),
      ).toBeLessThanOrEqual(2);
      rounds++;
    }
    const [kept] = await db
      .select()
      .from(rateLimits)
      .where(inArray(rateLimits.key, [current]));
    expect(kept?.count).toBe(1);
  });
});

test(`the counters table is unlogged: a check costs no WAL write or commit flush (${testDriver()})`, async () => {
  const result = await testDb().execute<{ relpersistence: string }>(
    sql`select relpersistence from pg_class where relname = 'rate_limits' and relkind = 'r'`,
  );
  expect(result.rows[0]?.relpersistence).toBe("u");
});
