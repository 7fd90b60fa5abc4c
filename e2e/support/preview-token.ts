import { createHmac } from "node:crypto";

/** The e2e server's secret: APP_SECRET when the run sets one, else lib/env.ts's local development secret. */
const SECRET = process.env.APP_SECRET || "swagstand-local-development-secret-not-for-production";

/**
 * A page preview token made outside the app, by the format ADR 022 documents
 * (`<event id>.<expiry in base-36 seconds>.<HMAC-SHA256 of "page-preview:<id>.<expiry>">`), so the spec also
 * checks the format and can make links that expired a minute ago.
 */
export function previewToken(eventId: string, expiresAt: Date): string {
  const payload = `${eventId}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  const signature = createHmac("sha256", SECRET).update(`page-preview:${payload}`).digest("base64url");
  return `${payload}.${signature}`;
}
