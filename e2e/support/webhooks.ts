import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";

/**
 * The secret the end-to-end server is started with (playwright.config.ts), so a spec can post a delivery
 * webhook signed exactly as Resend signs it (ADR 032).
 */
export const E2E_RESEND_WEBHOOK_SECRET = "whsec_ZTJlLXJlc2VuZC13ZWJob29rLXNlY3JldC0wMDE=";

/** Svix headers for `body`, signed now. */
export function signWebhook(body: string): Record<string, string> {
  const id = `msg_${randomUUID()}`;
  const at = new Date();
  return {
    "svix-id": id,
    "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
    "svix-signature": new Webhook(E2E_RESEND_WEBHOOK_SECRET).sign(id, at, body),
  };
}
