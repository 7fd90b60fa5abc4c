/**
 * A closed event's server-action POSTs (ADR 027 addendum): the middleware's gate answers them 503 before any
 * action runs. A natively posted form gets the branded page; a fetched action (the `Next-Action` header) gets a
 * `text/plain` body, the one non-Flight answer Next's client turns into an Error carrying the body as its message
 * (any other answer becomes "An unexpected response was received from the server."). The body starts with the
 * maintenance title, so a form can tell this refusal from a network failure and show the words as they are.
 * No imports beyond the words: Edge, server and browser alike.
 */
import { MAINTENANCE_TITLE } from "./words";

/** Exactly this type: Next's client compares the content type whole before reading the body as the message. */
export const CLOSED_ACTION_CONTENT_TYPE = "text/plain";

const PREFIX = `${MAINTENANCE_TITLE}: `;

export function closedActionBody(message: string): string {
  return `${PREFIX}${message} Nothing was recorded.`;
}

/** The attendee-facing words of a fetched action refused by the closed gate, or null for any other failure. */
export function closedActionMessage(error: unknown): string | null {
  return error instanceof Error && error.message.startsWith(PREFIX) ? error.message : null;
}
