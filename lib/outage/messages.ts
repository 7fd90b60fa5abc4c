/**
 * The words and the retry time of the "database is away" answer (issue 9, ADR 013). No imports: used by the
 * Edge middleware and route handlers alike.
 */

/** Seconds a client should wait before retrying when the database is unavailable (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_TITLE = "The shop is temporarily unavailable";

export const UNAVAILABLE_TEXT = "Nothing was recorded. Please try again in a few seconds.";
