/** One email ready to go: rendered, addressed, and keyed so that a retried send is delivered once. */
export interface OutgoingMail {
  /** The provider deduplicates on this; for outbox mail it is the outbox message id. */
  idempotencyKey: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Files to attach (a supplier's batch CSV). */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file's bytes, base64-encoded: what the provider's API takes and what the local mailbox stores. */
  contentBase64: string;
}

/**
 * Where email goes: Resend in production, the local mailbox table otherwise. Implementations throw
 * MailSendError (see ./errors) so the dispatcher knows whether a retry can help.
 */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ providerMessageId: string }>;
}
