/** The wording and retry time of maintenance answers (ADR 027). No imports: Edge and server alike. */

export const MAINTENANCE_TITLE = "Closed for maintenance";

/** A closed shop is closed for minutes, not seconds: clients and crawlers need not hammer it. */
export const MAINTENANCE_RETRY_AFTER_SECONDS = 120;
