/** One email ready to go: rendered, addressed, and keyed so that a retried send is delivered once. */
export interface OutgoingMail {
  /** The provider deduplicates on this; for outbox mail it is the outbox message id. */
  idempotencyKey: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/**
 * Where email goes: Resend in production, the local mailbox table otherwise. Implementations throw
 * MailSendError (see ./errors) so the dispatcher knows whether a retry can help.
 */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ providerMessageId: string }>;
}
