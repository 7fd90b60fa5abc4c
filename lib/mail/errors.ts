/**
 * Why a message could not be sent, and whether trying again can help. The dispatcher retries retryable
 * failures with backoff and marks the message dead on a permanent one.
 */
export class MailSendError extends Error {
  readonly retryable: boolean;
  /** A short machine code (the provider's error name, or ours): safe to store and log. */
  readonly code: string;
  readonly statusCode: number | null;

  constructor(options: {
    message: string;
    code: string;
    retryable: boolean;
    statusCode?: number | null;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = "MailSendError";
    this.code = options.code;
    this.retryable = options.retryable;
    this.statusCode = options.statusCode ?? null;
  }
}

/** The outbox row itself is unusable (unknown template, payload that fails its schema): never retry. */
export class InvalidMessageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InvalidMessageError";
  }
}
