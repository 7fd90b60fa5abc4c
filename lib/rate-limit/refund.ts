import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { CountedRow } from "./count-sql";

/**
 * Takes back attempts that were counted in a statement made for another reason (the order path counts while
 * it loads the event, before it knows whether the attempt would be written) and then turned out to write
 * nothing: a refusal records nothing. Only in the window that counted them — after a reset there is nothing
 * to take back. One row per statement, so a refund holds one counter lock at a time and can never deadlock
 * with a count. Until the refund lands the counter is one too high: at the limit, a concurrent attempt may be
 * refused that would otherwise have passed (never the other way round).
 */
export async function refundRateLimits(
  db: Db,
  counted: readonly Pick<CountedRow, "key" | "window_started_at">[],
): Promise<void> {
  for (const { key, window_started_at: windowStartedAt } of counted) {
    await db.execute(sql`
      update rate_limits set count = count - 1
       where key = ${key} and window_started_at = ${windowStartedAt}::timestamptz and count > 0`);
  }
}
