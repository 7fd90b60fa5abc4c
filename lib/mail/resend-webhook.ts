import "server-only";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import type { Db } from "@/db/client";
import type { Logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { parseResendWebhook, recordDeliveryReport } from "./delivery-reports";

/**
 * Resend's delivery webhooks (issue 12, ADR 032): verified with the Standard Webhooks scheme Resend signs
 * with (Svix), then recorded on the outbox message. Returns the HTTP answer; the route only reads the body
 * within its size limit and supplies the secret.
 *
 *   401  missing or wrong signature, or a timestamp more than five minutes off (the library's tolerance,
 *        which is what stops a captured request from being replayed later)
 *   400  signed, but not a Resend event we can read (not JSON, no type, a known type without an email id)
 *   200  recorded, already recorded, an email this app did not send, or an event type it does not record:
 *        the provider retries anything else, and retrying these changes nothing
 */

/** The body's limit: Resend's events are about a kilobyte (no content, only ids, addresses and tags). */
export const WEBHOOK_BODY_MAX_BYTES = 64 * 1024;

export type WebhookAnswer = { status: 200 | 400 | 401; body: Record<string, string> };

/** Svix names the headers svix-*; the Standard Webhooks spelling is webhook-*. Both are accepted. */
function signatureHeaders(headers: Headers): Record<string, string> | null {
  for (const prefix of ["webhook-", "svix-"]) {
    const id = headers.get(`${prefix}id`);
    const timestamp = headers.get(`${prefix}timestamp`);
    const signature = headers.get(`${prefix}signature`);
    if (id && timestamp && signature) {
      return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature };
    }
  }
  return null;
}

export async function handleResendWebhook({
  db,
  secret,
  headers,
  body,
  log,
}: {
  db: Db;
  secret: string;
  headers: Headers;
  body: string;
  log: Logger;
}): Promise<WebhookAnswer> {
  const signed = signatureHeaders(headers);
  if (!signed) return { status: 401, body: { error: "missing_signature" } };
  try {
    // jsonParse off: a body that is signed but not JSON is a 400, not a signature failure.
    new Webhook(secret).verify(body, signed, { jsonParse: false });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    log.warn({ reason: error.message }, "refused a delivery webhook");
    return { status: 401, body: { error: "invalid_signature" } };
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400, body: { error: "invalid_body", message: "The body is not JSON." } };
  }
  const parsed = parseResendWebhook(json);
  if (!parsed.ok) return { status: 400, body: { error: "invalid_body", message: parsed.message } };
  if (!parsed.report) {
    metrics.deliveryReports.inc("ignored");
    log.info({ type: parsed.ignoredType.slice(0, 100) }, "delivery webhook ignored");
    return { status: 200, body: { result: "ignored" } };
  }

  const { report } = parsed;
  const { outcome, messageIds } = await recordDeliveryReport({ db, report });
  metrics.deliveryReports.inc(report.status);
  // Ids and the status only: the detail can quote the recipient's mail server, never logged.
  log.info(
    { status: report.status, outcome, providerMessageId: report.providerMessageId, messageIds },
    "delivery report",
  );
  return { status: 200, body: { result: outcome } };
}
