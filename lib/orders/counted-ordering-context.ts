import "server-only";
import type { Db } from "@/db/client";
import { loadOrderingContext, type OrderingContext } from "./load-ordering-context";
import { reserveOrderAttempt, type OrderAttempt } from "./order-rate-limit";

/**
 * Loads the ordering context and, given who is ordering, counts the attempt against the order rate limits:
 * from this instance's leases, claiming more in the same statement when they run out (order-rate-limit.ts).
 * Without a client address nothing is counted and `attempt` is null.
 */
export async function loadCountedOrderingContext({
  db,
  eventSlug,
  clientAddress,
}: {
  db: Db;
  eventSlug: string;
  clientAddress: string | undefined;
}): Promise<{ context: OrderingContext | null; attempt: OrderAttempt | null }> {
  for (;;) {
    const attempt =
      clientAddress === undefined ? null : await reserveOrderAttempt({ db, eventSlug, clientAddress });
    const claim = attempt?.claim;
    let context: OrderingContext | null;
    try {
      context = await loadOrderingContext({ db, eventSlug, ...(claim ? { claim } : {}) });
    } catch (error) {
      attempt?.abandon(); // attempts waiting for this claim go ahead and claim for themselves
      throw error;
    }
    // Leased counts of another event's counter (its slug was given to a new event): counted again, afresh.
    if (!attempt || attempt.settle(context)) return { context, attempt };
  }
}
