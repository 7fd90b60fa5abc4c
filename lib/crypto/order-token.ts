import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * The private "my order" token. Derived from the order id with the app secret, so a retried submission
 * (idempotency) can hand back the same link without the token ever being stored; only its hash is.
 */
export function orderAccessToken(orderId: string, secret = env().secret): string {
  return createHmac("sha256", secret).update(`order-access:${orderId}`).digest("base64url");
}

export function hashAccessToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens are 43 base64url characters; anything else is refused before touching the database. */
export function isWellFormedAccessToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
