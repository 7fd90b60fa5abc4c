import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { testDb } from "@/test/db";
import { consumeRateLimit } from "./consume";

describe("consumeRateLimit", () => {
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
    await new Promise((r) => setTimeout(r, 1_100));
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
