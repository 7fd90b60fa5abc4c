import { createHash, createHmac } from "node:crypto";
import { e2eDb } from "./db";

/** The e2e server's secret: APP_SECRET when the run sets one, else lib/env.ts's local development secret. */
const SECRET = process.env.APP_SECRET || "swagstand-local-development-secret-not-for-production";

/**
 * A page preview token made outside the app, by the format ADR 022 documents
 * (`<event id>.<expiry in base-36 seconds>.<HMAC-SHA256 of "page-preview:<id>.<expiry>">`), so the spec also
 * checks the format and can make links that expired a minute ago. Recorded like the app records a link
 * (ADR 031: its sha256 in page_preview_links) unless `record` is false; an unrecorded token opens nothing.
 */
export async function previewToken(
  eventId: string,
  expiresAt: Date,
  { record = true }: { record?: boolean } = {},
): Promise<string> {
  const payload = `${eventId}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  const signature = createHmac("sha256", SECRET).update(`page-preview:${payload}`).digest("base64url");
  const token = `${payload}.${signature}`;
  if (record) {
    await e2eDb().query(
      `insert into page_preview_links (event_id, token_hash, expires_at) values ($1, $2, $3)
       on conflict (token_hash) do nothing`,
      [
        eventId,
        createHash("sha256").update(token).digest("hex"),
        new Date(Math.floor(expiresAt.getTime() / 1000) * 1000),
      ],
    );
  }
  return token;
}
