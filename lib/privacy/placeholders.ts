/**
 * What stands in for erased personal data. The columns stay NOT NULL; the email placeholder is unique per order
 * (`.invalid` is reserved, RFC 2606) so erased orders never count towards anyone's per-attendee limit and never
 * match an address a person could type.
 */
export const ERASED_NAME = "Erased";
export const ERASED_TEXT = "Erased";

export function erasedEmail(orderId: string): string {
  return `erased+${orderId}@erased.invalid`;
}

/** The body of a stored (local mailbox) copy of a message whose personal data was erased. */
export const ERASED_MAIL_BODY = "The personal data in this message was erased.";
