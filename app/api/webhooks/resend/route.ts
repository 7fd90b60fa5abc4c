import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { readBoundedBody } from "@/lib/http/read-bounded-body";
import { handleResendWebhook, WEBHOOK_BODY_MAX_BYTES } from "@/lib/mail/resend-webhook";
import { withRoute } from "@/lib/observability/with-route";

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Resend's delivery webhooks (issue 12, ADR 032): bounces, complaints and deliveries reported after the
 * provider accepted an email. No session: the Standard Webhooks signature with RESEND_WEBHOOK_SECRET is the
 * credential. Without the secret the answer is 503 (not configured): Resend keeps retrying for days, so the
 * reports arrive once the secret is set instead of being acknowledged and lost.
 */
export const POST = withRoute("/api/webhooks/resend", async (request, _context, { log }) => {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) return json({ error: "not_configured", message: "RESEND_WEBHOOK_SECRET is not set." }, 503);
  const body = await readBoundedBody(request, WEBHOOK_BODY_MAX_BYTES);
  if (!body.ok) {
    return body.reason === "too_large"
      ? json({ error: "too_large", message: `The body is over ${WEBHOOK_BODY_MAX_BYTES} bytes.` }, 413)
      : json({ error: "invalid_body", message: "The body could not be read as UTF-8 text." }, 400);
  }
  const answer = await handleResendWebhook({
    db: getDb(),
    secret,
    headers: request.headers,
    body: body.text,
    log,
  });
  return json(answer.body, answer.status);
});
