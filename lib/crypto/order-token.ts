import "server-only";
import { hashToken, hmacToken, isWellFormedToken } from "./hmac-token";
import { env } from "@/lib/env";

/**
 * The private "my order" token. Derived from the order id with the app secret, so a retried submission
 * (idempotency) can hand back the same link without the token ever being stored; only its hash is.
 */
export function orderAccessToken(orderId: string, secret = env().secret): string {
  return hmacToken("order-access", orderId, secret);
}

export const hashAccessToken = hashToken;

export const isWellFormedAccessToken = isWellFormedToken;
