/** Remembers the organisation last opened, so /dashboard returns there. A hint only: never trusted for access. */
export const ACTIVE_ORG_COOKIE = "swagstand-org";
