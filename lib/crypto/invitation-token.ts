import "server-only";
import { createHash, createHmac } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The accept-link token. Derived from the invitation id with the app secret, so it is never stored (only its
 * sha256 is) and a resend can mail the same link again. A new invitation (a re-invite) has a new id, so a new
 * token, and the old link stops working with the old row's revocation.
 */
export function invitationToken(invitationId: string, secret = env().secret): string {
  return createHmac("sha256", secret).update(`invitation:${invitationId}`).digest("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens are 43 base64url characters; anything else is refused before touching the database. */
export function isWellFormedInvitationToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function invitationPath(token: string): string {
  return `/dashboard/invite/${token}`;
}

export function invitationUrl(invitationId: string): string {
  return `${env().appUrl}${invitationPath(invitationToken(invitationId))}`;
}
