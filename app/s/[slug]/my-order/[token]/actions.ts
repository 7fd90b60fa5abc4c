"use server";

// A "use server" module may export only async functions (and types).

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { getDb } from "@/db/client";
import { myOrderArgsSchema } from "./my-order-args";
import { loggerFor } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { withSpan } from "@/lib/observability/tracing";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { rateLimitSubject } from "@/lib/http/client-address";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy } from "@/lib/rate-limit/policies";
import { requestClientAddress } from "@/lib/rate-limit/request-client";

/**
 * The attendee cancels from their "my order" page (a plain form: works without JavaScript). Public endpoint:
 * both arguments arrive from the browser, so the token is checked for shape before it goes near a query or a
 * redirect URL, and it only cancels an order of the event named by the slug. The outcome is shown by the page
 * it redirects back to; the order's status itself says "cancelled".
 */
export async function cancelOrderAction(slug: unknown, token: unknown): Promise<void> {
  return withSpan("action cancel-order", { "swagstand.action": "cancel-order" }, () => cancel(slug, token));
}

async function cancel(slug: unknown, token: unknown): Promise<void> {
  const args = myOrderArgsSchema.safeParse({ slug, token });
  if (!args.success) notFound();

  const { slug: eventSlug, token: orderToken } = args.data;
  let result: Awaited<ReturnType<typeof cancelOrderByToken>>;
  let retryAfterSeconds = 0;
  try {
    // Per client, before anything is looked up: guessing tokens or hammering the button is what it stops.
    const db = getDb();
    const clientAddress = await requestClientAddress();
    const allowed = await consumeRateLimit(db, {
      key: `cancel:client:${rateLimitSubject(clientAddress)}`,
      ...ratePolicy("cancelPerClient"),
    });
    retryAfterSeconds = allowed.retryAfterSeconds;
    if (!allowed.allowed) metrics.rateLimitRefusals.inc("cancelPerClient");
    if (!allowed.allowed) redirect(`/my-order/${orderToken}?cancel=rate_limited&retry=${retryAfterSeconds}`);
    result = await cancelOrderByToken({ db, token: orderToken, eventSlug });
  } catch (error) {
    unstable_rethrow(error); // the rate-limit redirect above
    // Only the error and the route: the token is a credential and stays out of logs.
    const requestId = (await headers()).get(REQUEST_ID_HEADER);
    loggerFor({ requestId, tenant: eventSlug, route: "/s/[slug]/my-order/[token]#cancelOrderAction" }).error(
      { err: error },
      "cancelling an order failed unexpectedly",
    );
    redirect(`/my-order/${orderToken}?cancel=error`);
  }
  if (!result.ok && result.code === "not_found") notFound();

  // The stock is back: let the cached landing page show it on its next request rather than within 15 s.
  if (result.ok) revalidatePath(`/s/${eventSlug}`);
  redirect(`/my-order/${orderToken}?cancel=${result.ok ? "cancelled" : result.code}`);
}
