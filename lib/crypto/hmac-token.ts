import "server-only";
import { createHash, createHmac } from "node:crypto";

/**
 * Private-link tokens (my-order, invitations): derived from a record id with the app secret, so a link can be
 * mailed again without the token ever being stored; the database keeps only its sha256. The purpose is part
 * of the signed text, so an order's token never opens an invitation with the same id, and back.
 *
 * The secret is a parameter (callers pass `env().secret`): this module stays a leaf that imports no domain.
 */
export function hmacToken(purpose: string, subject: string, secret: string): string {
  if (!secret) throw new Error("hmacToken needs a secret");
  return createHmac("sha256", secret).update(`${purpose}:${subject}`).digest("base64url");
}

/** What is stored and looked up: the hex sha256 of a token, never the token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A sha256 HMAC in base64url is 43 characters; anything else is refused before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
