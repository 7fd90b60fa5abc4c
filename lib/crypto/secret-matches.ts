import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares a secret someone sent (a bearer header) with the expected one in constant time. Both are hashed
 * first, so the comparison always covers 32 bytes: neither the content nor the length of the secret leaks
 * through timing (timingSafeEqual alone throws on different lengths, which would tell the length).
 */
export function secretMatches(given: string, expected: string): boolean {
  if (!expected) return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
