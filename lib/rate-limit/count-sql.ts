import { sql, type SQL } from "drizzle-orm";

/** A counter as the upsert leaves it. */
export type CountedRow = {
  key: string;
  count: number;
  /** Seconds until the window resets. */
  reset_in: number;
  /** The window this attempt was counted in, as Postgres wrote it. */
  window_started_at: string;
  /** Milliseconds until the window resets, by the database's clock (a lease's end, lease.ts). */
  ms_left: number;
};

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window resets (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * The fixed-window counting statement: one atomic `INSERT … ON CONFLICT DO UPDATE … RETURNING` over the keys
 * that `keys` produces — a query yielding the key and how many counts to add to it (1 for one attempt; a
 * block for a lease, lease.ts). A standalone statement (consume.ts) or a
 * data-modifying CTE inside a statement the caller makes anyway (the order path: ADR 012, 2026-11-30), so the
 * count costs no round trip of its own. Keys are taken in byte order (`collate "C"`, whatever the database's
 * collation), the same order in every statement, so two statements that share keys never deadlock.
 * ON CONFLICT updates the newest version of the row even inside a CTE, so concurrent counts never undercount.
 */
export function upsertCountersSql({ keys, windowMs }: { keys: SQL; windowMs: number }): SQL {
  const windowSeconds = windowMs / 1000;
  const expired = sql`rate_limits.window_started_at <= now() - make_interval(secs => ${windowSeconds})`;
  return sql`insert into rate_limits (key, window_started_at, count)
    select k.key, now(), k.n from (${keys}) as k(key, n) order by k.key collate "C"
    on conflict (key) do update set
      count = case when ${expired} then excluded.count else rate_limits.count + excluded.count end,
      window_started_at = case when ${expired} then now() else rate_limits.window_started_at end
    returning key, count, window_started_at::text as window_started_at,
      ceil(extract(epoch from (window_started_at + make_interval(secs => ${windowSeconds}) - now())))::int as reset_in,
      (extract(epoch from (window_started_at + make_interval(secs => ${windowSeconds}) - now())) * 1000)::float8 as ms_left`;
}

/** Each counter's decision, in the order given; throws when the statement did not count one of them. */
export function decide(
  rows: readonly Pick<CountedRow, "key" | "count" | "reset_in">[],
  counters: readonly { key: string; limit: number }[],
): RateLimitDecision[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return counters.map(({ key, limit }) => {
    const row = byKey.get(key);
    if (!row) throw new Error("rate limit upsert returned no row");
    const allowed = Number(row.count) <= limit;
    return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Number(row.reset_in)) };
  });
}
