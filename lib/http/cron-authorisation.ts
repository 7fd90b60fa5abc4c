import { secretMatches } from "@/lib/crypto/secret-matches";
import { env } from "@/lib/env";

/**
 * The rule of every cron route: `Authorization: Bearer ${CRON_SECRET}` (what Vercel cron sends). Without
 * CRON_SECRET a route is open in development only; production refuses to run unprotected. Returns the
 * refusal to send, or null when the call may proceed.
 */
export function cronRefusal(request: Request): Response | null {
  const authorization = request.headers.get("authorization") ?? "";
  const { CRON_SECRET, NODE_ENV } = env();
  const refuse = (error: string, status: number) =>
    Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
  if (!CRON_SECRET) {
    return NODE_ENV === "production" ? refuse("CRON_SECRET is not configured", 503) : null;
  }
  return secretMatches(authorization, `Bearer ${CRON_SECRET}`) ? null : refuse("unauthorised", 401);
}
