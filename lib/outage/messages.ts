/**
 * The words and the retry time of the "database is away" answer (issue 9, ADR 013). No imports: used by the
 * Edge middleware, route handlers and the order form in the browser alike.
 */

/** Seconds a client should wait before retrying when the database is unavailable (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_TITLE = "The shop is temporarily unavailable";

export const UNAVAILABLE_TEXT = "Nothing was recorded. Please try again in a few seconds.";

/**
 * The 503 body an order-form submit gets (text/plain, which Next hands to the form as the error's message),
 * shown above the form with everything the attendee entered still in it.
 */
export const UNAVAILABLE_ACTION_TEXT = `${UNAVAILABLE_TITLE}. ${UNAVAILABLE_TEXT} Your answers are still here, and sending again never orders twice.`;
