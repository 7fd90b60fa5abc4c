import "server-only";
import { createHmac } from "node:crypto";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import type { Db } from "@/db/client";
import { events, orders } from "@/db/schema";
import { env } from "@/lib/env";
import { limits } from "@/lib/limits";
import { enqueueEmail } from "@/lib/mail/outbox";
import { rateLimitSubject } from "@/lib/http/client-address";
import { combine, consumeRateLimit, consumeRateLimits } from "@/lib/rate-limit/consume";
import { ratePolicy, waitText } from "@/lib/rate-limit/policies";
import { isDatabaseUnavailable } from "@/lib/db-errors/classify";
import { attendeeEmailSchema, normaliseEmail } from "./order-input";
import { loadBranding } from "./order-details";
import { tracedTransaction } from "@/lib/observability/traced-transaction";
import { metrics } from "@/lib/observability/metrics";

/**
 * "Email me the link to my order" (issue 8): an attendee whose order already exists, and who lost the page or
 * the confirmation email, gets every order's private my-order link again, by email only, never on the page.
 *
 * What the caller learns is limited on purpose: `ok` means "if an order exists for this address, its link is on
 * the way", whether there was an order, no order, no such event or a draft event, or the request repeated one
 * made a moment ago. Only the attendee's own mistakes (a malformed address), the rate limit and an outage are
 * told apart, and none of those depends on whether an order exists.
 */

export type RequestOrderLinksResult =
  | { ok: true }
  | { ok: false; code: "invalid_input"; message: string }
  | { ok: false; code: "rate_limited"; message: string; retryAfterSeconds: number }
  | { ok: false; code: "unavailable"; message: string };

export const ORDER_LINK_SENT_MESSAGE =
  "If an order exists for this address, we have emailed its link. It can take a minute or two to arrive: " +
  "check your spam folder too.";
export const ORDER_LINK_UNAVAILABLE_MESSAGE =
  "Swagstand is temporarily unavailable. Nothing was sent: please try again in a moment.";

/** Attendee-visible statuses: a draft event's orders are test orders no attendee should be mailed about. */
const PUBLIC_EVENT_STATUSES = ["published", "closed"] as const;

const requestSchema = z.object({
  eventSlug: text({ error: "This event does not exist" })
    .trim()
    .toLowerCase()
    .min(1, { error: "This event does not exist" })
    .max(limits.eventSlugMaxLength, { error: "This event does not exist" }),
  email: attendeeEmailSchema,
});

const SENT = { ok: true } as const;

/** Thrown inside the transaction to roll back the counters it bumped (see `request`). */
class RateLimited extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly byClient: boolean,
  ) {
    super("order link requests rate limited");
  }
}

export async function requestOrderLinks({
  db,
  eventSlug,
  email,
  clientAddress,
}: {
  db: Db;
  eventSlug: unknown;
  email: unknown;
  /** The requester's address (lib/rate-limit/request-client.ts): one client asking for many addresses is limited too. */
  clientAddress: string;
}): Promise<RequestOrderLinksResult> {
  const parsed = requestSchema.safeParse({ eventSlug, email });
  if (!parsed.success) {
    const messages = [...new Set(parsed.error.issues.map((issue) => issue.message))];
    return { ok: false, code: "invalid_input", message: messages.join(". ") };
  }
  try {
    return await tracedTransaction(db, "resend-order-link", (tx) =>
      request(tx, { ...parsed.data, clientAddress }),
    );
  } catch (error) {
    if (error instanceof RateLimited) {
      metrics.rateLimitRefusals.inc(error.byClient ? "orderLinkPerClient" : "orderLinkPerEmail");
      return {
        ok: false,
        code: "rate_limited",
        message: error.byClient
          ? "Too many order links were requested from this connection. " +
            `Please try again in ${waitText(error.retryAfterSeconds)}.`
          : "You have asked for this link several times already. Please check your inbox and spam folder, " +
            `or try again in ${waitText(error.retryAfterSeconds)}.`,
        retryAfterSeconds: error.retryAfterSeconds,
      };
    }
    if (isDatabaseUnavailable(error)) {
      return { ok: false, code: "unavailable", message: ORDER_LINK_UNAVAILABLE_MESSAGE };
    }
    throw error;
  }
}

/**
 * One transaction, so the counters and the email stand or fall together: a request that fails (outage) or is
 * refused (rate limit) leaves no dedupe mark behind, and a retry is then really tried again instead of being
 * taken for a double click. Two simultaneous requests serialise on the dedupe counter's row (the second
 * upsert waits for the first to commit or roll back), so they write one email between them.
 */
async function request(
  tx: Db,
  input: { eventSlug: string; email: string; clientAddress: string },
): Promise<RequestOrderLinksResult> {
  const [event] = await tx
    .select({ id: events.id, name: events.name, slug: events.slug })
    .from(events)
    .where(and(eq(events.slug, input.eventSlug), inArray(events.status, [...PUBLIC_EVENT_STATUSES])))
    .limit(1);
  // Nothing is counted for an unknown or draft event: no rows for made-up slugs, and the answer is the same.
  if (!event) return SENT;

  const emailNormalised = normaliseEmail(input.email);
  const subject = `${event.id}:${emailKey(emailNormalised)}`;
  const repeat = await consumeRateLimit(tx, {
    key: `order-link:repeat:${subject}`,
    limit: 1,
    windowMs: limits.orderLinkDedupeMs,
  });
  // A double click or a quick retry: the first request's email covers it, and it costs no request of the hour.
  if (!repeat.allowed) return SENT;
  // Per address and per client (one client asking for many addresses), in one statement; both windows match.
  const perEmail = ratePolicy("orderLinkPerEmail");
  const perClient = ratePolicy("orderLinkPerClient");
  const [byEmail, byClient] = await consumeRateLimits(tx, {
    windowMs: perEmail.windowMs,
    counters: [
      { key: `order-link:${subject}`, limit: perEmail.limit },
      { key: `order-link:client:${rateLimitSubject(input.clientAddress)}`, limit: perClient.limit },
    ],
  });
  const hourly = combine([byEmail!, byClient!]);
  if (!hourly.allowed) throw new RateLimited(hourly.retryAfterSeconds, byEmail!.allowed);

  const found = await tx
    .select({
      id: orders.id,
      reference: orders.reference,
      status: orders.status,
      attendeeEmail: orders.attendeeEmail,
    })
    .from(orders)
    .where(
      and(eq(orders.eventId, event.id), eq(orders.emailNormalised, emailNormalised), isNull(orders.erasedAt)),
    )
    // Active orders first (the one the attendee is after), then newest first.
    .orderBy(sql`${orders.status} = 'cancelled'`, desc(orders.createdAt), desc(orders.id))
    .limit(limits.ordersPerAttendeeMax);
  const newest = found[0];
  if (!newest) return SENT;

  const { branding } = await loadBranding({ db: tx, event });
  await enqueueEmail(tx, {
    eventId: event.id,
    template: "order-link",
    // The address the order itself was placed with (equal to the request's but for letter case): the links
    // only ever go where the confirmation already went.
    to: newest.attendeeEmail,
    payload: {
      branding,
      orders: found.map((order) => ({ orderId: order.id, reference: order.reference, status: order.status })),
    },
  });
  return SENT;
}

/**
 * The rate-limit keys name the address only by a keyed hash: the counters table is not personal data, so
 * erasure and retention never need to visit it, and its rows cannot be matched against a list of addresses
 * without the app secret.
 */
export function emailKey(emailNormalised: string, secret = env().secret): string {
  return createHmac("sha256", secret).update(`order-link:${emailNormalised}`).digest("base64url");
}
