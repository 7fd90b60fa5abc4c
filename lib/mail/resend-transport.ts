import { Resend } from "resend";
import { MailSendError } from "./errors";
import type { MailTransport, OutgoingMail } from "./transport";

/**
 * Resend error names worth retrying besides 5xx/429. Auth errors are here on purpose: a wrong or revoked key is
 * a configuration problem an operator fixes, not a property of the message, so the message should survive it
 * (within the outbox's attempt limit).
 */
const RETRYABLE_NAMES = new Set([
  "application_error",
  "internal_server_error",
  "rate_limit_exceeded",
  "daily_quota_exceeded",
  "monthly_quota_exceeded",
  "concurrent_idempotent_requests",
  "missing_api_key",
  "invalid_api_key",
  "restricted_api_key",
]);

export interface ResendErrorLike {
  name: string;
  statusCode: number | null;
  message: string;
}

/**
 * The SDK reports failures as { error } rather than throwing. A network failure arrives as
 * application_error with statusCode null; an error body from the API carries its own statusCode.
 */
export function classifyResendError(error: ResendErrorLike): MailSendError {
  const status = typeof error.statusCode === "number" ? error.statusCode : null;
  const retryable = status === null || status === 429 || status >= 500 || RETRYABLE_NAMES.has(error.name);
  return new MailSendError({
    message: `resend ${status ?? "network"} ${error.name}: ${error.message}`,
    code: String(error.name || "unknown"),
    statusCode: status,
    retryable,
  });
}

/**
 * Sends through the real Resend SDK. Without baseUrl the SDK reads RESEND_BASE_URL from process.env when
 * the client is constructed (not at import), which is how tests point it at a local stand-in.
 */
export function createResendTransport(options: {
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
}): MailTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? 15_000;

  return {
    async send(mail: OutgoingMail) {
      const { data, error } = await client.emails.send(
        {
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          ...(mail.attachments?.length
            ? {
                attachments: mail.attachments.map((a) => ({
                  filename: a.filename,
                  contentType: a.contentType,
                  content: a.contentBase64,
                })),
              }
            : {}),
        },
        // The same key on every attempt: Resend returns the first result instead of sending again.
        { idempotencyKey: mail.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error) throw classifyResendError(error);
      if (!data?.id) {
        throw new MailSendError({ message: "resend returned no message id", code: "no_id", retryable: true });
      }
      return { providerMessageId: data.id };
    },
  };
}
