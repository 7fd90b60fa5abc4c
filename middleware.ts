/**
 * Tenant routing (ARCHITECTURE decision 1). Runs on the Edge runtime for every matched request, so it only
 * parses the Host header and rewrites: no database, no Node APIs, no zod, only small pure helpers (lib/tenancy,
 * lib/http, lib/outage). Next 16 prefers proxy.ts, but proxy.ts is Node-only; the
 * design calls for Edge, which is why this stays a (deprecated but supported) middleware.ts.
 *
 *   {slug}.{ROOT_DOMAIN}/path?q   -> rewrite to /s/{slug}/path?q (platform /_next and /api pass through)
 *   {ROOT_DOMAIN}/s, /s/*         -> 404 (a tenant is only reachable on its own host)
 *   reserved or unknown hosts     -> 404
 *   everything else on the root   -> unchanged
 *
 * Outage gate (ADR 013, lib/outage/gate.ts): while /api/ready says the database is away, a tenant's /order and
 * /my-order/<token> are rewritten to a route that answers 503 with Retry-After (pages cannot answer 503).
 * Maintenance gate (ADR 027, lib/maintenance/gate.ts): a tenant's pages, while its event is closed for maintenance,
 * are rewritten to a route that answers 503 with Retry-After and the message.
 *
 * Every request gets an `x-request-id` request header (kept from upstream when it is a safe token) that the
 * route wrappers and logs use, echoed as a response header so a user can quote it; and a Content-Security-Policy
 * with a nonce, on the request (Next reads the nonce from there for its scripts) and the response, plus HSTS in
 * production over HTTPS (lib/http/document-headers.ts, ADR 015).
 */
import { NextResponse, type NextRequest } from "next/server";
import { documentHeaders } from "./lib/http/document-headers";
import { hasMalformedEncoding, isApiPath } from "./lib/http/path-encoding";
import { isPossibleActionRequest, refuseMalformedAction } from "./lib/http/refuse-action";
import { REQUEST_ID_HEADER, resolveRequestId } from "./lib/http/request-id";
import { maintenanceRewriteFor, maintenanceVerdictsFor } from "./lib/maintenance/gate";
import { outageRewriteFor } from "./lib/outage/gate";
import { isTenantInternalPath, parseTenantHost, tenantRewritePath } from "./lib/tenancy/host";

// Read directly (not through lib/env.ts, which pulls zod into the Edge bundle); lib/env.ts validates the same
// variable at server start.
const ROOT_DOMAIN = process.env.ROOT_DOMAIN || "localhost:3000";
/** Where the outage gate asks /api/ready: the platform's own URL, never a Host header a client chose. */
const APP_ORIGIN = process.env.APP_URL ? new URL(process.env.APP_URL).origin : undefined;

/**
 * No route lives here, so rewriting to it renders app/not-found.tsx with a real 404 status — the same page
 * and status as any other missing path.
 */
const NOT_FOUND_PATH = "/_swagstand/not-found";

export async function middleware(request: NextRequest): Promise<NextResponse> {
  // Server-action requests are looked at first (ADR 014): malformed or cross-origin ones are refused here.
  if (isPossibleActionRequest(request.method, request.headers)) {
    const refused = await refuseMalformedAction(request);
    if (refused) return refused;
  }
  // Database away: the order and my-order pages answer 503 with Retry-After (lib/outage/gate.ts, ADR 013).
  const origin = APP_ORIGIN ?? `${request.nextUrl.protocol}//${ROOT_DOMAIN}`;
  const outage = await outageRewriteFor(request, ROOT_DOMAIN, origin);
  // A closed event's pages answer 503 with its maintenance message (lib/maintenance/gate.ts, ADR 027).
  return routeByHost(
    request,
    outage ?? (await maintenanceRewriteFor(request, ROOT_DOMAIN, maintenanceVerdictsFor(origin))),
  );
}

/**
 * The routing itself; `outage` is the 503 route (database away or closed for maintenance) to rewrite a tenant
 * request to instead (exported for tests).
 */
export function routeByHost(request: NextRequest, outage: string | null = null): NextResponse {
  const url = request.nextUrl;
  const pathname = url.pathname;
  const incomingId = request.headers.get(REQUEST_ID_HEADER);
  const requestId = resolveRequestId(incomingId);
  const host = parseTenantHost(request.headers.get("host"), ROOT_DOMAIN);
  // An event's landing page is the one cached (ISR) page: its HTML outlives the request that rendered it.
  const security = documentHeaders({ cachedPage: host.kind === "tenant" && pathname === "/" });
  const init = withRequestHeaders(request, requestId, security.contentSecurityPolicy);
  // A path that does not decode would fail in the router with a bare 500 (ADR 014).
  const malformed = hasMalformedEncoding(pathname);

  let response: NextResponse;
  if (malformed && isApiPath(pathname)) {
    response = NextResponse.json(
      { error: "malformed_path", message: "The request path is not validly percent-encoded." },
      { status: 400 },
    );
  } else if (malformed) {
    response = NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), init);
  } else if (host.kind === "tenant") {
    // Framework assets and the platform API (e.g. /api/blobs images on a landing page) are shared by all hosts.
    response = outage
      ? NextResponse.rewrite(new URL(outage, request.url), init)
      : isPlatformPath(pathname)
        ? NextResponse.next(init)
        : NextResponse.rewrite(
            new URL(tenantRewritePath(host.slug, pathname) + url.search, request.url),
            init,
          );
  } else if (host.kind === "root" && !isTenantInternalPath(pathname)) {
    response = NextResponse.next(init);
  } else {
    response = NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), init);
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("Content-Security-Policy", security.contentSecurityPolicy);
  if (security.strictTransportSecurity) {
    response.headers.set("Strict-Transport-Security", security.strictTransportSecurity);
  }
  return response;
}

function withRequestHeaders(request: NextRequest, requestId: string, contentSecurityPolicy: string) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set("Content-Security-Policy", contentSecurityPolicy);
  return { request: { headers } };
}

function isPlatformPath(pathname: string): boolean {
  return (
    pathname.startsWith("/_next/") ||
    pathname.startsWith("/__nextjs") || // development overlay endpoints
    pathname === "/api" ||
    pathname.startsWith("/api/")
  );
}

export const config = {
  matcher: [
    /*
     * Everything except: built assets (/_next/static, /_next/image), probes and metrics (they must answer on
     * any host, e.g. a load balancer calling the instance by IP), and public static files by extension.
     * Text files (robots.txt, sitemap.xml, manifests) are not skipped, so each host can answer for itself.
     * A static-looking path with a "%" is not skipped either: its encoding is checked (ADR 014).
     */
    "/((?!_next/static/|_next/image|api/(?:health|ready|metrics|maintenance/[^/]+)$|[^%]*\\.(?:ico|png|jpe?g|gif|webp|avif|svg|css|js|map|woff2?|ttf|otf)$).*)",
    // Tenant routes always pass through the guard, whatever their extension (no /s/x/image.png on the root).
    "/s",
    "/s/:path*",
  ],
};
