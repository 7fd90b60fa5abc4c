import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { RatePolicy } from "./policies";

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window resets (0 when allowed). */
  retryAfterSeconds: number;
}

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
 * Counts one attempt against several keys that share a window (an order's per-client and per-event counters)
 * in one statement: one round trip on the order path instead of one per key. The keys are locked in sorted
 * order, so two statements that share keys can never deadlock. Decisions come back in the order given; the
 * combined answer is refused when any key is over its limit, with the longest wait.
 */
export async function consumeRateLimits(
  db: Db,
  { windowMs, counters }: { windowMs: number; counters: readonly { key: string; limit: number }[] },
): Promise<RateLimitDecision[]> {
  const keys = [...new Set(counters.map((c) => c.key))].sort();
  const windowSeconds = windowMs / 1000;
  // The keys travel as one JSON array parameter: the same text on both drivers, no array-type quirks.
  const result = await db.execute<{ key: string; count: number; reset_in: number }>(sql`
    insert into rate_limits (key, window_started_at, count)
    select k.key, now(), 1
      from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) with ordinality as k(key, n)
      order by k.n
    on conflict (key) do update set
      count = case when rate_limits.window_started_at <= now() - make_interval(secs => ${windowSeconds})
                   then 1 else rate_limits.count + 1 end,
      window_started_at = case when rate_limits.window_started_at <= now() - make_interval(secs => ${windowSeconds})
                   then now() else rate_limits.window_started_at end
    returning key, count,
      ceil(extract(epoch from (window_started_at + make_interval(secs => ${windowSeconds}) - now())))::int as reset_in`);
  const byKey = new Map(result.rows.map((row) => [row.key, row]));
  return counters.map(({ key, limit }) => {
    const row = byKey.get(key);
    if (!row) throw new Error("rate limit upsert returned no row");
    const allowed = Number(row.count) <= limit;
    return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Number(row.reset_in)) };
  });
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
