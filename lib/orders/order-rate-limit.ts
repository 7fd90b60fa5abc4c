import "server-only";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimitSubject } from "@/lib/http/client-address";
import { decide, upsertCountersSql, type CountedRow } from "@/lib/rate-limit/count-sql";
import { ratePolicy, waitText } from "@/lib/rate-limit/policies";
import { refundRateLimits } from "@/lib/rate-limit/refund";
import { metrics } from "@/lib/observability/metrics";
import { failure, type PlaceOrderFailure } from "./results";

/**
 * An order attempt counts against its client's and its event's limits (issue 9: one client placed 1,000 free
 * orders in 53 s with throwaway addresses; the per-attendee limit cannot see that). The count rides in the
 * statement that loads the event (loadOrderingContext, as a data-modifying CTE), outside the order
 * transaction: no round trip of its own (ADR 012, 2026-11-30), and the hot per-event counter is locked for
 * one statement, not for a whole order. Only a published event's attempts are counted; an attempt that is
 * then refused before anything is written (outside the ordering window, invalid answers) is refunded.
 *
 * The counting statement, given the event's (normalised) slug and who is ordering (orderCounterSubject of
 * the client address) — placeholders of the prepared statement it is part of. The keys are built here in
 * SQL from the event's id and in orderCounterKeys in TypeScript: keep the two alike.
 */
export function countOrderAttemptSql({
  eventSlug,
  clientSubject,
}: {
  eventSlug: Placeholder;
  clientSubject: Placeholder;
}): SQL {
  return upsertCountersSql({
    windowMs: orderWindowMs(),
    keys: sql`select v.key from events e,
        lateral (values ('order:client:' || e.id || ':' || ${clientSubject}::text),
                        ('order:event:' || e.id)) as v(key)
      where e.slug = ${eventSlug} and e.status = 'published'`,
  });
}

/** Who the per-client counter counts: the client address, an IPv6 client by its /64 (ADR 012). */
export function orderCounterSubject(clientAddress: string): string {
  return rateLimitSubject(clientAddress);
}

function orderCounterKeys(eventId: string, clientAddress: string) {
  return {
    client: `order:client:${eventId}:${orderCounterSubject(clientAddress)}`,
    event: `order:event:${eventId}`,
  };
}

/** Both order limits share one window, so one statement counts both. */
function orderWindowMs(): number {
  const perClient = ratePolicy("orderPerClient");
  const perEvent = ratePolicy("orderPerEvent");
  if (perClient.windowMs !== perEvent.windowMs) throw new Error("order rate limits must share a window");
  return perClient.windowMs;
}

/** The refusal for an attempt the counting statement found over a limit; null when the order may go ahead. */
export function orderRateLimitRefusal({
  counted,
  eventId,
  clientAddress,
}: {
  counted: readonly CountedRow[];
  eventId: string;
  clientAddress: string;
}): PlaceOrderFailure | null {
  const keys = orderCounterKeys(eventId, clientAddress);
  const [byClient, byEvent] = decide(counted, [
    { key: keys.client, limit: ratePolicy("orderPerClient").limit },
    { key: keys.event, limit: ratePolicy("orderPerEvent").limit },
  ]);
  if (!byClient!.allowed) {
    metrics.rateLimitRefusals.inc("orderPerClient");
    return rateLimited(
      "Too many orders have been placed from your connection in a short time. Nothing was recorded: " +
        `please try again in ${waitText(byClient!.retryAfterSeconds)}.`,
      byClient!.retryAfterSeconds,
    );
  }
  if (!byEvent!.allowed) {
    metrics.rateLimitRefusals.inc("orderPerEvent");
    return rateLimited(
      "This shop is taking more orders than it can handle right now. Nothing was recorded: " +
        `please try again in ${waitText(byEvent!.retryAfterSeconds)}.`,
      byEvent!.retryAfterSeconds,
    );
  }
  return null;
}

/** Takes back the count of an attempt that was refused before anything was written (nothing when uncounted). */
export async function refundOrderAttempt(db: Db, counted: readonly CountedRow[] | null): Promise<void> {
  if (counted && counted.length > 0) await refundRateLimits(db, counted);
}

function rateLimited(message: string, retryAfterSeconds: number): PlaceOrderFailure {
  return { ...failure("rate_limited", message), retryAfterSeconds };
}
