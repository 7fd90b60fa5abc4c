import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { RatePolicy } from "./policies";
import { decide, upsertCountersSql, type CountedRow, type RateLimitDecision } from "./count-sql";

export type { RateLimitDecision } from "./count-sql";

/**
 * Counts one attempt against `key` in a fixed window and says whether it is within `limit`. One atomic
 * upsert, so concurrent requests on any number of instances never undercount.
 */
export async function consumeRateLimit(
  db: Db,
  { key, limit, windowMs }: { key: string } & RatePolicy,
): Promise<RateLimitDecision> {
  const [decision] = await consumeRateLimits(db, { windowMs, counters: [{ key, limit }] });
  return decision!;
}

/**
 * Counts one attempt against several keys that share a window (sign-in's per-email and per-client counters)
 * in one statement: one round trip instead of one per key. The keys are locked in byte order (count-sql.ts),
 * so two statements that share keys can never deadlock. Decisions come back in the order given; the
 * combined answer is refused when any key is over its limit, with the longest wait.
 */
export async function consumeRateLimits(
  db: Db,
  { windowMs, counters }: { windowMs: number; counters: readonly { key: string; limit: number }[] },
): Promise<RateLimitDecision[]> {
  const keys = [...new Set(counters.map((c) => c.key))];
  // The keys travel as one JSON array parameter: the same text on both drivers, no array-type quirks.
  const result = await db.execute<CountedRow>(
    upsertCountersSql({
      windowMs,
      keys: sql`select value, 1 from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb)`,
    }),
  );
  return decide(result.rows, counters);
}

/** The combined answer of several counters: allowed only when all are, waiting for the slowest to reset. */
export function combine(decisions: readonly RateLimitDecision[]): RateLimitDecision {
  const refused = decisions.filter((d) => !d.allowed);
  if (refused.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((d) => d.retryAfterSeconds)) };
}

/**
 * Deletes counters whose window ended more than `olderThanMs` ago (an expired counter restarts at 1 on its
 * next use anyway, so deleting it changes no decision), at most `batch` rows per call: cheap enough to run
 * on every cron tick, and a backlog drains over a few ticks instead of in one long statement.
 */
export async function deleteExpiredRateLimits(
  db: Db,
  { olderThanMs, batch = 1000 }: { olderThanMs: number; batch?: number },
): Promise<number> {
  const result = await db.execute(sql`
    delete from rate_limits where key in (
      select key from rate_limits
       where window_started_at < now() - make_interval(secs => ${olderThanMs / 1000})
       limit ${batch}
         for update skip locked)`);
  return result.rowCount ?? 0;
}
