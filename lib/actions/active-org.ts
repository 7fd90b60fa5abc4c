/** Remembers the organisation last opened, so /dashboard returns there. A hint only: never trusted for access. */
export const ACTIVE_ORG_COOKIE = "swagstand-org";

/**
 * The `document.cookie` assignment that remembers `orgId`: a year, the dashboard only, SameSite=Lax, and Secure
 * whenever the page itself came over HTTPS (ADR 015; over plain HTTP in development a browser would drop it).
 */
export function activeOrgCookie(orgId: string, { secure }: { secure: boolean }): string {
  const attributes = [
    `${ACTIVE_ORG_COOKIE}=${encodeURIComponent(orgId)}`,
    "path=/dashboard",
    "max-age=31536000",
  ];
  attributes.push("samesite=lax");
  if (secure) attributes.push("secure");
  return attributes.join("; ");
}
