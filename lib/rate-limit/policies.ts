import { env } from "@/lib/env";
import { limits } from "@/lib/limits";

/** A fixed-window limit: at most `limit` attempts per `windowMs`. */
export interface RatePolicy {
  limit: number;
  windowMs: number;
}

/** Every rate limit of the platform by name; the numbers live in lib/limits.ts. */
const base = {
  orderPerClient: { limit: limits.ordersPerClient, windowMs: limits.orderRateWindowMs },
  orderPerEvent: { limit: limits.ordersPerEvent, windowMs: limits.orderRateWindowMs },
  cancelPerClient: { limit: limits.cancelsPerClient, windowMs: limits.cancelWindowMs },
  privacyPerClient: { limit: limits.privacyRequestsPerClient, windowMs: limits.privacyRequestWindowMs },
  supplierMarkPerLink: { limit: limits.supplierMarksPerLink, windowMs: limits.supplierMarkWindowMs },
  orderLinkPerEmail: { limit: limits.orderLinkRequestsPerEmail, windowMs: limits.orderLinkWindowMs },
  orderLinkPerClient: { limit: limits.orderLinkRequestsPerClient, windowMs: limits.orderLinkWindowMs },
  signInPerEmail: { limit: limits.signInPerEmail, windowMs: limits.signInWindowMs },
  signInPerClient: { limit: limits.signInPerIp, windowMs: limits.signInWindowMs },
  invitationPerMember: { limit: limits.invitationsPerMember, windowMs: limits.invitationWindowMs },
  uploadPerMember: { limit: limits.uploadsPerMember, windowMs: limits.uploadWindowMs },
} satisfies Record<string, RatePolicy>;

export type RatePolicyName = keyof typeof base;

/** A policy with RATE_LIMIT_FACTOR applied (a benchmark from one machine raises every count; never below 1). */
export function ratePolicy(name: RatePolicyName, factor = env().RATE_LIMIT_FACTOR): RatePolicy {
  const { limit, windowMs } = base[name];
  return { limit: Math.max(1, Math.round(limit * factor)), windowMs };
}

/** The longest window of any policy: a counter older than this can be deleted without changing a decision. */
export const LONGEST_WINDOW_MS = Math.max(...Object.values(base).map((p) => p.windowMs));

export { waitText } from "./wait-text";
