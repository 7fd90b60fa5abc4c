import "server-only";
import { hashToken, hmacToken, isWellFormedToken } from "./hmac-token";
import { env } from "@/lib/env";

/**
 * The accept-link token. Derived from the invitation id with the app secret, so it is never stored (only its
 * sha256 is) and a resend can mail the same link again. A new invitation (a re-invite) has a new id, so a new
 * token, and the old link stops working with the old row's revocation.
 */
export function invitationToken(invitationId: string, secret = env().secret): string {
  return hmacToken("invitation", invitationId, secret);
}

export const hashInvitationToken = hashToken;

export const isWellFormedInvitationToken = isWellFormedToken;

export function invitationPath(token: string): string {
  return `/dashboard/invite/${token}`;
}

export function invitationUrl(invitationId: string): string {
  return `${env().appUrl}${invitationPath(invitationToken(invitationId))}`;
}
