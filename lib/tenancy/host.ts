/**
 * Host header -> tenant, for the Edge middleware (ARCHITECTURE decision 1). Pure and Edge-safe: no Node APIs,
 * no zod (the middleware bundle stays tiny), relative imports only.
 *
 * Rules, decided here once:
 * - Host and root domain are compared case-insensitively, after trimming whitespace and one trailing dot
 *   (the fully qualified form "swagstand.app." names the same host).
 * - Ports: when both sides carry a port they must be equal; when either side has none, only the host names
 *   are compared ("swagstand.app" matches "swagstand.app:443"; root "localhost:3000" matches
 *   "devconf.localhost:3000" but not "devconf.localhost:3001").
 * - `{root}` and `www.{root}` are the root (the platform). `{label}.{root}` is a tenant when the label is a
 *   valid slug, "reserved" when it is a reserved word, otherwise unknown. Deeper names (`a.b.{root}`) are
 *   unknown: events have exactly one label.
 * - IDN: browsers send the ASCII (punycode) form, so a raw Unicode host is malformed and unknown. Slugs are
 *   plain [a-z0-9-] and may not have hyphens in both the 3rd and 4th position (RFC 5891 reserves that shape
 *   for "xn--" A-labels and future encodings), so a punycode label is never a tenant: it is unknown.
 *   Event creation uses `isValidTenantSlug` so no event can ever be created with such a slug.
 * - Vercel preview deployments (`*.vercel.app`) are the root, so the dashboard works on every preview;
 *   event shops are only reachable under ROOT_DOMAIN (preview URLs are one label deep, there is no room
 *   for a tenant label).
 * - With a `localhost` root, loopback IPs (127.0.0.0/8, [::1]) are aliases of the root so opening
 *   http://127.0.0.1:3000 in development works. Any other IP address, malformed or foreign host is unknown.
 */
import { limits } from "../limits";
import { isReservedSlug } from "./reserved";

export type TenantHost =
  | { readonly kind: "root" }
  | { readonly kind: "tenant"; readonly slug: string }
  | { readonly kind: "reserved"; readonly label: string }
  | { readonly kind: "unknown" };

// Shared results: the middleware runs on every request, so the common answers allocate nothing.
const ROOT: TenantHost = Object.freeze({ kind: "root" });
const UNKNOWN: TenantHost = Object.freeze({ kind: "unknown" });

const PORT_RE = /^\d{1,5}$/;
/** DNS host name in LDH form: labels of 1..63 letters, digits and hyphens. */
const HOSTNAME_RE = /^(?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/;
const IPV4_RE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const MAX_HOST_LENGTH = 253 + 6; // a full-length name plus ":65535"
const PREVIEW_SUFFIX = ".vercel.app";

interface HostParts {
  hostname: string;
  port: string | undefined;
}

/** Splits "Host" into name and port, normalised; null when it is not a well-formed host. */
function splitHost(raw: string): HostParts | null {
  const host = raw.trim().toLowerCase();
  if (host === "" || host.length > MAX_HOST_LENGTH) return null;

  if (host.charCodeAt(0) === 91 /* [ */) {
    // IPv6 literal: kept as is (only ::1 means anything here), port after the bracket.
    const end = host.indexOf("]");
    if (end < 0) return null;
    const hostname = host.slice(0, end + 1);
    const rest = host.slice(end + 1);
    if (rest === "" || rest === ":") return { hostname, port: undefined };
    if (rest.charCodeAt(0) !== 58 /* : */ || !PORT_RE.test(rest.slice(1))) return null;
    return { hostname, port: rest.slice(1) };
  }

  let hostname = host;
  let port: string | undefined;
  const colon = host.indexOf(":");
  if (colon >= 0) {
    hostname = host.slice(0, colon);
    const p = host.slice(colon + 1);
    // "host:" (empty port) means the default port, as in URLs.
    if (p !== "") {
      if (!PORT_RE.test(p)) return null;
      port = p;
    }
  }
  if (hostname.endsWith(".")) hostname = hostname.slice(0, -1);
  if (hostname.length > 253 || !HOSTNAME_RE.test(hostname)) return null;
  return { hostname, port };
}

interface CompiledRoot extends HostParts {
  /** ".swagstand.app": what a tenant host ends with. */
  suffix: string;
  isIp: boolean;
  isLocalhost: boolean;
}

let lastRootInput: string | undefined;
let lastRoot: CompiledRoot | null = null;

/** The root domain is the same on every call in practice, so one cached entry is enough. */
function compileRoot(rootDomain: string): CompiledRoot | null {
  if (rootDomain === lastRootInput) return lastRoot;
  const parts = splitHost(rootDomain);
  lastRootInput = rootDomain;
  lastRoot = parts && {
    ...parts,
    suffix: `.${parts.hostname}`,
    isIp: IPV4_RE.test(parts.hostname) || parts.hostname.charCodeAt(0) === 91,
    isLocalhost: parts.hostname === "localhost",
  };
  return lastRoot;
}

function isLoopback(hostname: string): boolean {
  return hostname === "[::1]" || (hostname.startsWith("127.") && IPV4_RE.test(hostname));
}

/**
 * True for a label an event may use as its slug (and subdomain): lowercase [a-z0-9-], length within
 * limits.eventSlugMinLength..eventSlugMaxLength, no leading or trailing hyphen, no hyphens in both the 3rd
 * and 4th position (reserved for IDN "xn--" labels). Reserved words pass this check; test them with
 * `isReservedSlug` separately so the caller can say why a slug is refused.
 */
export function isValidTenantSlug(slug: string): boolean {
  return (
    slug.length >= limits.eventSlugMinLength &&
    slug.length <= limits.eventSlugMaxLength &&
    SLUG_RE.test(slug) &&
    !(slug.charCodeAt(2) === 45 && slug.charCodeAt(3) === 45) /* "??--" */
  );
}

/** Classifies a Host header value against the platform's root domain (see the rules at the top). */
export function parseTenantHost(host: string | null | undefined, rootDomain: string): TenantHost {
  if (!host) return UNKNOWN;
  const parts = splitHost(host);
  const root = compileRoot(rootDomain);
  if (!parts || !root) return UNKNOWN;

  const portsAgree = parts.port === undefined || root.port === undefined || parts.port === root.port;
  const { hostname } = parts;

  if (hostname === root.hostname) return portsAgree ? ROOT : UNKNOWN;

  if (!root.isIp && hostname.endsWith(root.suffix)) {
    if (!portsAgree) return UNKNOWN;
    const label = hostname.slice(0, hostname.length - root.suffix.length);
    if (label.includes(".")) return UNKNOWN;
    if (label === "www") return ROOT;
    if (isReservedSlug(label)) return { kind: "reserved", label };
    return isValidTenantSlug(label) ? { kind: "tenant", slug: label } : UNKNOWN;
  }

  if (hostname.endsWith(PREVIEW_SUFFIX) && hostname.length > PREVIEW_SUFFIX.length) return ROOT;
  if (root.isLocalhost && isLoopback(hostname)) return portsAgree ? ROOT : UNKNOWN;
  return UNKNOWN;
}

/**
 * The internal path a tenant request is served from: "/s/{slug}{pathname}". The site root maps to
 * "/s/{slug}" without a trailing slash, which is the canonical form of the route.
 */
export function tenantRewritePath(slug: string, pathname: string): string {
  if (pathname === "" || pathname === "/") return `/s/${slug}`;
  return pathname.charCodeAt(0) === 47 /* / */ ? `/s/${slug}${pathname}` : `/s/${slug}/${pathname}`;
}

/**
 * True for the internal tenant routes (/s and below), which must never be reachable on the root host.
 * Percent-encoded spellings ("/%73/devconf") are decoded first, since the router may decode them too.
 */
export function isTenantInternalPath(pathname: string): boolean {
  if (pathname === "/s" || pathname.startsWith("/s/")) return true;
  if (!pathname.includes("%")) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Malformed escapes never match a route; nothing to protect.
    return false;
  }
  return decoded !== pathname && isTenantInternalPath(decoded);
}
