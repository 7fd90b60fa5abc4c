/**
 * How erased personal data reads wherever the team or a supplier sees an order (issue 13, ADR 026): the
 * erasure leaves "Erased" as the name and a per-order `…@erased.invalid` placeholder as the email; both show
 * as "Erased", never as a placeholder address or a masked "E…".
 */
export const ERASED_LABEL = "Erased";

const ERASED_EMAIL = /^erased\+[0-9a-f-]{36}@erased\.invalid$/;

export function isErasedEmail(email: string): boolean {
  return ERASED_EMAIL.test(email);
}

/** The attendee's name and email as shown: "Erased" for both once the order was erased. */
export function shownAttendee(
  order: { attendeeName: string; attendeeEmail: string },
  mask: { name: (s: string) => string; email: (s: string) => string } | null,
): { name: string; email: string } {
  if (isErasedEmail(order.attendeeEmail)) return { name: ERASED_LABEL, email: ERASED_LABEL };
  return mask
    ? { name: mask.name(order.attendeeName), email: mask.email(order.attendeeEmail) }
    : { name: order.attendeeName, email: order.attendeeEmail };
}
