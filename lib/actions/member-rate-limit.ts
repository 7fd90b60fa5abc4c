import "server-only";
import type { Db } from "@/db/client";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy } from "@/lib/rate-limit/policies";
import { waitText } from "@/lib/rate-limit/wait-text";
import { reject } from "@/lib/validation/action-result";
import { metrics } from "@/lib/observability/metrics";

const WHAT = {
  invitationPerMember: "invitations",
  uploadPerMember: "image uploads",
} as const;

/**
 * Counts one of a signed-in member's costly writes (an invitation email, an image to decode and re-encode)
 * and refuses it as `rate_limited` when over the limit. Per user rather than per address: behind the session
 * the account is who is accountable, and a team in one office shares an address.
 */
export async function limitMemberAction(
  db: Db,
  { userId, policy }: { userId: string; policy: keyof typeof WHAT },
): Promise<void> {
  const decision = await consumeRateLimit(db, { key: `${policy}:user:${userId}`, ...ratePolicy(policy) });
  if (!decision.allowed) {
    metrics.rateLimitRefusals.inc(policy);
    reject(
      "rate_limited",
      `Too many ${WHAT[policy]} in a short time. Nothing was changed: please try again in ${waitText(decision.retryAfterSeconds)}.`,
    );
  }
}
