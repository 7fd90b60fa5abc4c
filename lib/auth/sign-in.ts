import "server-only";
import type { Db } from "@/db/client";
import { fail, ok, type ActionResult } from "@/lib/validation/action-result";
import { normaliseEmail } from "./email";
import { rateLimitSubject } from "@/lib/http/client-address";
import { combine, consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy, waitText } from "@/lib/rate-limit/policies";
import { metrics } from "@/lib/observability/metrics";

export { signInRequestSchema } from "./sign-in-schema";

/** Only our own dashboard pages are valid places to return to after signing in (no open redirect). */
export function safeCallbackUrl(value: string | undefined): string {
  if (!value || !value.startsWith("/dashboard") || value.startsWith("//")) return "/dashboard";
  return value;
}

/**
 * Counts the request against the per-email and per-IP limits (both always counted, so probing many
 * addresses from one IP is limited as well as hammering one address) and refuses when either is exceeded.
 */
export async function checkSignInRateLimit(
  db: Db,
  { email, clientAddress }: { email: string; clientAddress: string },
): Promise<ActionResult<null> | null> {
  const decisions = await Promise.all([
    consumeRateLimit(db, {
      key: `sign-in:email:${normaliseEmail(email)}`,
      ...ratePolicy("signInPerEmail"),
    }),
    consumeRateLimit(db, {
      key: `sign-in:ip:${rateLimitSubject(clientAddress)}`,
      ...ratePolicy("signInPerClient"),
    }),
  ]);
  const decision = combine(decisions);
  if (decision.allowed) return null;
  metrics.rateLimitRefusals.inc(decisions[0]!.allowed ? "signInPerClient" : "signInPerEmail");
  return fail(
    "rate_limited",
    `Too many sign-in links were requested. Please wait ${waitText(decision.retryAfterSeconds)} and try again.`,
  );
}

export const SIGN_IN_SENT = ok("Check your inbox: we sent you a sign-in link.");
