import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

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
  { key, limit, windowMs }: { key: string; limit: number; windowMs: number },
): Promise<RateLimitDecision> {
  const windowSeconds = windowMs / 1000;
  const result = await db.execute<{ count: number; reset_in: number }>(sql`
    insert into rate_limits (key, window_started_at, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_started_at <= now() - make_interval(secs => ${windowSeconds})
                   then 1 else rate_limits.count + 1 end,
      window_started_at = case when rate_limits.window_started_at <= now() - make_interval(secs => ${windowSeconds})
                   then now() else rate_limits.window_started_at end
    returning count,
      ceil(extract(epoch from (window_started_at + make_interval(secs => ${windowSeconds}) - now())))::int as reset_in`);
  const row = result.rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  const allowed = Number(row.count) <= limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Number(row.reset_in)) };
}
