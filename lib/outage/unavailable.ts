import { RETRY_AFTER_SECONDS } from "@/db/timeouts";

/**
 * The one answer for "the database is away" (issue 9, ADR 013): HTTP 503 with Retry-After, and words that
 * say what happened — temporarily unavailable, nothing was recorded, try again shortly.
 */
export const UNAVAILABLE_TITLE = "The shop is temporarily unavailable";
export const UNAVAILABLE_TEXT =
  "Nothing was recorded. Please try again in a few seconds: your order is safe to send again.";

export function unavailableAnswer(): { status: 503; headers: Record<string, string> } {
  return {
    status: 503,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  };
}
