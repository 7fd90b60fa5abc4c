import "server-only";
import type { Db } from "@/db/client";
import { rateLimitSubject } from "@/lib/http/client-address";
import { consumeRateLimits } from "@/lib/rate-limit/consume";
import { ratePolicy, waitText } from "@/lib/rate-limit/policies";
import { failure, type PlaceOrderFailure } from "./results";

/**
 * Counts an order attempt against its client's and its event's limits (issue 9: one client placed 1,000 free
 * orders in 53 s with throwaway addresses; the per-attendee limit cannot see that). One statement, outside
 * the order transaction: a refusal records nothing, and the hot per-event counter is locked for one
 * statement, not for the whole order. Null when the order may go ahead.
 */
export async function refuseOverRateLimit({
  db,
  eventId,
  clientAddress,
}: {
  db: Db;
  eventId: string;
  clientAddress: string;
}): Promise<PlaceOrderFailure | null> {
  const perClient = ratePolicy("orderPerClient");
  const perEvent = ratePolicy("orderPerEvent");
  const [byClient, byEvent] = await consumeRateLimits(db, {
    windowMs: perClient.windowMs,
    counters: [
      { key: `order:client:${eventId}:${rateLimitSubject(clientAddress)}`, limit: perClient.limit },
      { key: `order:event:${eventId}`, limit: perEvent.limit },
    ],
  });
  if (!byClient!.allowed) {
    return rateLimited(
      "Too many orders have been placed from your connection in a short time. Nothing was recorded: " +
        `please try again in ${waitText(byClient!.retryAfterSeconds)}.`,
      byClient!.retryAfterSeconds,
    );
  }
  if (!byEvent!.allowed) {
    return rateLimited(
      "This shop is taking more orders than it can handle right now. Nothing was recorded: " +
        `please try again in ${waitText(byEvent!.retryAfterSeconds)}.`,
      byEvent!.retryAfterSeconds,
    );
  }
  return null;
}

function rateLimited(message: string, retryAfterSeconds: number): PlaceOrderFailure {
  return { ...failure("rate_limited", message), retryAfterSeconds };
}
