import "server-only";
import type { Db } from "@/db/client";
import { fail, ok, type ActionResult } from "@/lib/dashboard/result";
import { limits } from "@/lib/limits";
import { normaliseEmail } from "./email";
import { consumeRateLimit } from "./rate-limit";

export { signInRequestSchema } from "./sign-in-schema";

/** Only our own dashboard pages are valid places to return to after signing in (no open redirect). */
export function safeCallbackUrl(value: string | undefined): string {
  if (!value || !value.startsWith("/dashboard") || value.startsWith("//")) return "/dashboard";
  return value;
}

function minutes(seconds: number): string {
  const m = Math.ceil(seconds / 60);
  return m === 1 ? "1 minute" : `${m} minutes`;
}

/**
 * Counts the request against the per-email and per-IP limits (both always counted, so probing many
 * addresses from one IP is limited as well as hammering one address) and refuses when either is exceeded.
 */
export async function checkSignInRateLimit(
  db: Db,
  { email, ip }: { email: string; ip: string },
): Promise<ActionResult<null> | null> {
  const windowMs = limits.signInWindowMs;
  const [byEmail, byIp] = await Promise.all([
    consumeRateLimit(db, {
      key: `sign-in:email:${normaliseEmail(email)}`,
      limit: limits.signInPerEmail,
      windowMs,
    }),
    consumeRateLimit(db, { key: `sign-in:ip:${ip}`, limit: limits.signInPerIp, windowMs }),
  ]);
  const refused = [byEmail, byIp].filter((d) => !d.allowed);
  if (refused.length === 0) return null;
  const wait = Math.max(...refused.map((d) => d.retryAfterSeconds));
  return fail(
    "rate_limited",
    `Too many sign-in links were requested. Please wait ${minutes(wait)} and try again.`,
  );
}

export const SIGN_IN_SENT = ok("Check your inbox: we sent you a sign-in link.");
