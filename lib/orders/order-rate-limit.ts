import "server-only";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimitSubject } from "@/lib/http/client-address";
import { limits } from "@/lib/limits";
import { upsertCountersSql, type CountedRow } from "@/lib/rate-limit/count-sql";
import { LeaseBook, type ClaimAnswer, type LeasedKey, type Reservation } from "@/lib/rate-limit/lease";
import { ratePolicy, waitText } from "@/lib/rate-limit/policies";
import { metrics } from "@/lib/observability/metrics";
import { failure, type PlaceOrderFailure } from "./results";

/**
 * An order attempt counts against its client's and its event's limits (issue 9: one client placed 1,000 free
 * orders in 53 s with throwaway addresses; the per-attendee limit cannot see that), before and outside the
 * order transaction, so a refusal records nothing.
 *
 * The counts are leased (lib/rate-limit/lease.ts, ADR 035): this instance spends counts it claimed earlier
 * from memory, and only when its lease of a counter is empty does the statement that loads the event claim a
 * block more (as a data-modifying CTE: no round trip of its own, ADR 012). Only a published event's
 * attempts are counted; an attempt refused before anything is written (outside the ordering window, invalid
 * answers, maintenance) gives its counts back to the leases.
 *
 * The claiming statement, given the event's (normalised) slug, who is ordering (orderCounterSubject of the
 * client address) and how many counts to claim of each counter (0: none) — placeholders of the prepared
 * statement it is part of. The keys are built here in SQL from the event's id and in orderCounterKeys in
 * TypeScript: keep the two alike.
 */
export function countOrderAttemptSql({
  eventSlug,
  clientSubject,
  clientCounts,
  eventCounts,
}: {
  eventSlug: Placeholder;
  clientSubject: Placeholder;
  clientCounts: Placeholder;
  eventCounts: Placeholder;
}): SQL {
  return upsertCountersSql({
    windowMs: orderWindowMs(),
    keys: sql`select v.key, v.n from events e,
        lateral (values ('order:client:' || e.id || ':' || ${clientSubject}::text, ${clientCounts}::int),
                        ('order:event:' || e.id, ${eventCounts}::int)) as v(key, n)
      where e.slug = ${eventSlug} and e.status = 'published' and v.n > 0`,
  });
}

/** Who the per-client counter counts: the client address, an IPv6 client by its /64 (ADR 012). */
export function orderCounterSubject(clientAddress: string): string {
  return rateLimitSubject(clientAddress);
}

function orderCounterKeys(eventId: string, subject: string) {
  return { client: `order:client:${eventId}:${subject}`, event: `order:event:${eventId}` };
}

/** Both order limits share one window, so one statement counts both. */
function orderWindowMs(): number {
  const perClient = ratePolicy("orderPerClient");
  const perEvent = ratePolicy("orderPerEvent");
  if (perClient.windowMs !== perEvent.windowMs) throw new Error("order rate limits must share a window");
  return perClient.windowMs;
}

/** A limit with the largest block of it one instance may lease at a time (lib/limits.ts). */
function leased(key: string, limit: number): LeasedKey {
  return { key, limit, maxLease: Math.max(1, Math.floor(limit / limits.orderRateLeaseShare)) };
}

/** This instance's leases, one book per database handle (an instance; two pools in a test are two). */
const books = new WeakMap<Db, LeaseBook>();
function bookFor(db: Db): LeaseBook {
  let book = books.get(db);
  if (!book) books.set(db, (book = new LeaseBook()));
  return book;
}

/**
 * Counts one attempt to order at `eventSlug` from `clientAddress` against this instance's leases. Waits while
 * another attempt on this instance claims the same counters. Settle it with the loaded context.
 */
export async function reserveOrderAttempt({
  db,
  eventSlug,
  clientAddress,
}: {
  db: Db;
  eventSlug: string;
  clientAddress: string;
}): Promise<OrderAttempt> {
  const subject = orderCounterSubject(clientAddress);
  const slug = eventSlug.trim().toLowerCase();
  // Until the event is loaded its id is unknown: this instance's leases are named by slug, and each lease
  // remembers the counter (with the event's id) its counts came from.
  const local = { client: `order:client@${slug}:${subject}`, event: `order:event@${slug}` };
  const book = bookFor(db);
  const reservation = await book.reserve([
    leased(local.client, ratePolicy("orderPerClient").limit),
    leased(local.event, ratePolicy("orderPerEvent").limit),
  ]);
  return new OrderAttempt(book, reservation, local, subject);
}

export class OrderAttempt {
  constructor(
    private readonly book: LeaseBook,
    private readonly reservation: Reservation,
    private readonly local: { client: string; event: string },
    private readonly subject: string,
  ) {}

  /** What the loading statement must claim; undefined when the leases covered this attempt. */
  get claim(): { clientSubject: string; clientCounts: number; eventCounts: number } | undefined {
    const sizes = new Map(this.reservation.claims().map((c) => [c.key, c.size]));
    if (sizes.size === 0) return undefined;
    return {
      clientSubject: this.subject,
      clientCounts: sizes.get(this.local.client) ?? 0,
      eventCounts: sizes.get(this.local.event) ?? 0,
    };
  }

  /**
   * Records what the loading statement claimed. False when a count taken from a lease came from another
   * event's counter (the slug now names another event): the leases are forgotten and the attempt must be
   * made again.
   */
  settle(context: { event: { id: string }; counted: CountedRow[] | null } | null): boolean {
    const answers = new Map<string, ClaimAnswer>();
    const expected = context ? orderCounterKeys(context.event.id, this.subject) : null;
    for (const row of context?.counted ?? []) {
      const local =
        row.key === expected?.client
          ? this.local.client
          : row.key === expected?.event
            ? this.local.event
            : null;
      if (!local) continue;
      answers.set(local, {
        counterKey: row.key,
        count: Number(row.count),
        windowStartedAt: row.window_started_at,
        msLeft: Number(row.ms_left),
      });
    }
    this.reservation.settle(answers);
    if (!expected) return true;
    const moved = [
      this.reservation.counterKey(this.local.client),
      this.reservation.counterKey(this.local.event),
    ].some((key) => key !== undefined && key !== expected.client && key !== expected.event);
    if (moved) {
      this.reservation.giveBack();
      this.book.forget([this.local.client, this.local.event]);
    }
    return !moved;
  }

  /** The statement failed: nothing was claimed, and counts taken from leases go back. */
  abandon(): void {
    this.reservation.abandon();
  }

  /** The attempt was refused before anything was written: its counts go back. */
  giveBack(): void {
    this.reservation.giveBack();
  }

  /** The refusal when this attempt is over a limit; null when the order may go ahead. */
  refusal(): PlaceOrderFailure | null {
    const byClient = this.reservation.decision(this.local.client);
    if (!byClient.allowed) {
      metrics.rateLimitRefusals.inc("orderPerClient");
      return rateLimited(
        "Too many orders have been placed from your connection in a short time. Nothing was recorded: " +
          `please try again in ${waitText(byClient.retryAfterSeconds)}.`,
        byClient.retryAfterSeconds,
      );
    }
    const byEvent = this.reservation.decision(this.local.event);
    if (!byEvent.allowed) {
      metrics.rateLimitRefusals.inc("orderPerEvent");
      return rateLimited(
        "This shop is taking more orders than it can handle right now. Nothing was recorded: " +
          `please try again in ${waitText(byEvent.retryAfterSeconds)}.`,
        byEvent.retryAfterSeconds,
      );
    }
    return null;
  }
}

function rateLimited(message: string, retryAfterSeconds: number): PlaceOrderFailure {
  return { ...failure("rate_limited", message), retryAfterSeconds };
}
