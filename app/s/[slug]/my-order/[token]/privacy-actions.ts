"use server";

// A "use server" module may export only async functions (and types).

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { getDb } from "@/db/client";
import { myOrderArgsSchema } from "./my-order-args";
import { rateLimitSubject } from "@/lib/http/client-address";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { loggerFor } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { eraseOwnOrder } from "@/lib/privacy/attendee-request";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy } from "@/lib/rate-limit/policies";
import { requestClientAddress } from "@/lib/rate-limit/request-client";

/**
 * "Yes, erase my personal data" on the my-order page (a plain form after a confirmation step). Public: the token
 * is the credential, checked for shape first and scoped to the subdomain's event; rate-limited per client.
 */
export async function eraseMyDataAction(slug: unknown, token: unknown): Promise<void> {
  const args = myOrderArgsSchema.safeParse({ slug, token });
  if (!args.success) notFound();
  const { slug: eventSlug, token: orderToken } = args.data;
  let result: Awaited<ReturnType<typeof eraseOwnOrder>>;
  try {
    const db = getDb();
    const allowed = await consumeRateLimit(db, {
      key: `privacy:client:${rateLimitSubject(await requestClientAddress())}`,
      ...ratePolicy("privacyPerClient"),
    });
    if (!allowed.allowed) {
      metrics.rateLimitRefusals.inc("privacyPerClient");
      redirect(`/my-order/${orderToken}?erase=rate_limited&retry=${allowed.retryAfterSeconds}`);
    }
    result = await eraseOwnOrder({ db, token: orderToken, eventSlug });
  } catch (error) {
    unstable_rethrow(error);
    // The token is a credential: only the error and the route are logged.
    const requestId = (await headers()).get(REQUEST_ID_HEADER);
    loggerFor({ requestId, tenant: eventSlug, route: "/s/[slug]/my-order/[token]#eraseMyDataAction" }).error(
      { err: error },
      "erasing an order's personal data failed unexpectedly",
    );
    redirect(`/my-order/${orderToken}?erase=error`);
  }
  if (!result.ok) notFound();
  if (result.cancelled) revalidatePath(`/s/${eventSlug}`);
  redirect(`/my-order/${orderToken}?erase=done`);
}
