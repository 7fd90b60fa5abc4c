/**
 * The "closed" gate (issue 14, ADR 027), called by middleware.ts for a tenant's page requests. Edge-safe: no
 * database and no Node APIs. A page render cannot answer 503 (the App Router ends a page in 200, 404, a redirect
 * or 500), so, like the outage gate (lib/outage/gate.ts), the decision is taken before the render: when the
 * event's effective mode is `closed`, the request is rewritten to a route that answers 503 with Retry-After and
 * the message.
 *
 * The middleware has no database, so it asks /api/maintenance/<slug> (served from the Next data cache,
 * lib/maintenance/cached.ts) and keeps each slug's verdict in this instance's memory for VERDICT_TRUST_MS:
 * a busy landing page costs a map lookup, and one small internal request per slug every two seconds.
 *
 * A closed event's POSTs (its server actions) are rewritten to the same route, which answers them 503 too: a
 * fetched action in the form Next's client reports as an error with the message (closed-action.ts).
 */
import { parseTenantHost } from "../tenancy/host";
import { isMaintenanceMode, type MaintenanceMode } from "./mode";

/** How long this instance trusts a slug's verdict. Added to the data cache's lifetime, this bounds propagation. */
export const VERDICT_TRUST_MS = 2_000;
/** A verdict that does not come in time is "open": maintenance must never be what a slow probe causes. */
const PROBE_TIMEOUT_MS = 1_500;
const MAX_SLUGS = 1_000;

/** The route (app/s/[slug]/maintenance/route.ts) that answers 503 with the message. */
export const MAINTENANCE_SEGMENT = "maintenance";

export type ModeProbe = (slug: string, signal: AbortSignal) => Promise<MaintenanceMode>;

/** One verdict per slug at a time per instance: concurrent requests share the probe in flight. */
export function createMaintenanceVerdicts(probe: ModeProbe, now: () => number = Date.now) {
  const verdicts = new Map<string, { mode: MaintenanceMode; until: number }>();
  const inFlight = new Map<string, Promise<MaintenanceMode>>();
  return function modeOf(slug: string): Promise<MaintenanceMode> {
    const known = verdicts.get(slug);
    if (known && now() < known.until) return Promise.resolve(known.mode);
    let pending = inFlight.get(slug);
    if (!pending) {
      pending = probe(slug, AbortSignal.timeout(PROBE_TIMEOUT_MS))
        .catch((): MaintenanceMode => "off")
        .then((mode) => {
          verdicts.delete(slug);
          verdicts.set(slug, { mode, until: now() + VERDICT_TRUST_MS });
          if (verdicts.size > MAX_SLUGS) verdicts.delete(verdicts.keys().next().value as string);
          inFlight.delete(slug);
          return mode;
        });
      inFlight.set(slug, pending);
    }
    return pending;
  };
}

/** Asks this deployment's /api/maintenance/<slug>; anything but a clear answer is "off". */
export function httpModeProbe(origin: string, fetchImpl: typeof fetch = fetch): ModeProbe {
  return async (slug, signal) => {
    const response = await fetchImpl(new URL(`/api/maintenance/${encodeURIComponent(slug)}`, origin), {
      signal,
      cache: "no-store",
    });
    if (!response.ok) {
      await response.body?.cancel();
      return "off";
    }
    const body = (await response.json()) as { mode?: unknown };
    return isMaintenanceMode(body.mode) ? body.mode : "off";
  };
}

/**
 * Attendee pages only: GET and HEAD of a tenant path that is not a framework asset or the platform API, and
 * POSTs to such a path — server actions, natively posted or fetched, are POSTs to the page that holds the form.
 */
export function isGatedPage(pathname: string, method: string): boolean {
  if (method !== "GET" && method !== "HEAD" && method !== "POST") return false;
  return !(pathname.startsWith("/_next/") || pathname === "/api" || pathname.startsWith("/api/"));
}

/** The 503 route for a closed event's page request, or null to go on as usual. */
export async function maintenanceRewriteFor(
  request: { headers: Headers; method: string; nextUrl: { pathname: string } },
  rootDomain: string,
  modeOf: (slug: string) => Promise<MaintenanceMode>,
): Promise<string | null> {
  if (!isGatedPage(request.nextUrl.pathname, request.method)) return null;
  const host = parseTenantHost(request.headers.get("host"), rootDomain);
  if (host.kind !== "tenant") return null;
  return (await modeOf(host.slug)) === "closed" ? `/s/${host.slug}/${MAINTENANCE_SEGMENT}` : null;
}

const verdictsByOrigin = new Map<string, (slug: string) => Promise<MaintenanceMode>>();

/** This instance's verdicts, asked of the platform's own origin (never a Host header a client chose). */
export function maintenanceVerdictsFor(origin: string): (slug: string) => Promise<MaintenanceMode> {
  let modeOf = verdictsByOrigin.get(origin);
  if (!modeOf) {
    modeOf = createMaintenanceVerdicts(httpModeProbe(origin));
    verdictsByOrigin.set(origin, modeOf);
  }
  return modeOf;
}
