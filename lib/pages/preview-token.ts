import "server-only";
import { hmacToken, isWellFormedToken } from "@/lib/crypto/hmac-token";
import { secretMatches } from "@/lib/crypto/secret-matches";
import { env } from "@/lib/env";
import { limits } from "@/lib/limits";

/**
 * Page preview links (ADR 022): a token that names the event and when it stops working, signed with the app
 * secret, so nothing is stored and anyone holding the link (a phone, a colleague, no sign-in) sees the draft
 * until it expires. Format `<event id>.<expiry, unix seconds in base 36>.<HMAC>`: the event id is not a secret
 * (it is in every dashboard URL); the signature covers both parts, so neither can be changed or swapped.
 * Rotating APP_SECRET revokes every outstanding link.
 */
const PURPOSE = "page-preview";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const PREVIEW_TTL_MS = limits.pagePreviewTtlHours * 60 * 60 * 1000;

export type PreviewTokenCheck =
  | { ok: true; eventId: string; expiresAt: Date }
  | { ok: false; reason: "malformed" | "tampered" | "expired" };

export function createPreviewToken({
  eventId,
  now = new Date(),
  ttlMs = PREVIEW_TTL_MS,
  secret = env().secret,
}: {
  eventId: string;
  now?: Date;
  ttlMs?: number;
  secret?: string;
}): { token: string; expiresAt: Date } {
  if (!UUID.test(eventId)) throw new Error("createPreviewToken needs an event id");
  const expiresSeconds = Math.floor((now.getTime() + ttlMs) / 1000);
  const payload = `${eventId}.${expiresSeconds.toString(36)}`;
  return {
    token: `${payload}.${hmacToken(PURPOSE, payload, secret)}`,
    expiresAt: new Date(expiresSeconds * 1000),
  };
}

/**
 * Checks a token from a URL: shape first (nothing malformed reaches the database), then the signature in
 * constant time, then the expiry. Which event it names is the caller's to compare with the host.
 */
export function verifyPreviewToken(
  token: string,
  { now = new Date(), secret = env().secret }: { now?: Date; secret?: string } = {},
): PreviewTokenCheck {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "malformed" };
  const [eventId, expires, signature] = parts as [string, string, string];
  if (!UUID.test(eventId) || !/^[0-9a-z]{1,10}$/.test(expires) || !isWellFormedToken(signature)) {
    return { ok: false, reason: "malformed" };
  }
  if (!secretMatches(signature, hmacToken(PURPOSE, `${eventId}.${expires}`, secret))) {
    return { ok: false, reason: "tampered" };
  }
  const expiresAt = new Date(Number.parseInt(expires, 36) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, eventId, expiresAt };
}
