/**
 * The outage gate (issue 9, ADR 013), called by middleware.ts for attendee requests that need the database.
 * The App Router cannot answer a page render or a server action with 503 (a page can only end in 200, 404,
 * 401/403, a redirect or 500), so the decision is taken before the render: when this instance's last
 * readiness probe (/api/ready, a bounded `select 1`) says the database is away, the request is rewritten to
 * a route handler that answers 503 with Retry-After. Edge-safe: no database, no Node APIs; imports only the pure host parser.
 *
 * Gated: GET/HEAD of /order and /my-order/<token>. Server-action POSTs are not: the middleware cannot tell
 * which action a `Next-Action` id names, and a 503 thrown into the order-link or cancel form would land in the
 * error page, while every one of these actions already answers "temporarily unavailable, nothing was
 * recorded/changed" itself, keeping what the attendee entered.
 */
import { parseTenantHost } from "../tenancy/host";

/** The route handler (app/s/[slug]/temporarily-unavailable/route.ts) that gives the 503 answer. */
const UNAVAILABLE_SEGMENT = "temporarily-unavailable";

/** How long one probe's verdict is trusted by this instance: short when down, so recovery is seen quickly. */
export const READY_TRUST_MS = 5_000;
export const DOWN_TRUST_MS = 1_000;
/**
 * A probe slower than this counts as "down" (a frozen database accepts connections and never answers). Under
 * `next dev` the first probe waits for /api/ready to compile (several seconds), which closed the shop with a 503
 * on a developer's first click; there the wait is only bounded, not a verdict.
 */
export function probeTimeoutMs(nodeEnv: string | undefined = process.env.NODE_ENV): number {
  return nodeEnv === "development" ? 60_000 : 2_500;
}

/** Tenant-relative paths whose page or action needs the database. */
export function needsDatabase(pathname: string, method: string): boolean {
  const path = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  if (path !== "/order" && !/^\/my-order\/[^/]+$/.test(path)) return false;
  return method === "GET" || method === "HEAD";
}

export type ReadinessProbe = (signal: AbortSignal) => Promise<boolean>;

/**
 * One verdict per instance at a time: concurrent requests share the probe in flight, and a verdict is reused
 * for its trust period, so a busy instance probes at most once every few seconds.
 */
export function createReadiness(probe: ReadinessProbe, now: () => number = Date.now) {
  let verdict: { ready: boolean; until: number } | undefined;
  let inFlight: Promise<boolean> | undefined;
  return function isReady(): Promise<boolean> {
    if (verdict && now() < verdict.until) return Promise.resolve(verdict.ready);
    inFlight ??= probe(AbortSignal.timeout(probeTimeoutMs()))
      .catch(() => false)
      .then((ready) => {
        verdict = { ready, until: now() + (ready ? READY_TRUST_MS : DOWN_TRUST_MS) };
        inFlight = undefined;
        return ready;
      });
    return inFlight;
  };
}

/**
 * The readiness endpoint of this deployment, asked over HTTP (middleware has no database). A not-ready answer
 * or no answer in time (a frozen database) is "down". Not reaching the origin at all is not: that is a
 * configuration problem (APP_URL unreachable from the server itself), and closing every shop for it would turn
 * a misconfiguration into an outage, so the request goes on (and fails on its own if the database is away).
 */
export function httpReadinessProbe(origin: string, fetchImpl: typeof fetch = fetch): ReadinessProbe {
  return async (signal) => {
    let response: Response;
    try {
      response = await fetchImpl(new URL("/api/ready", origin), { signal, cache: "no-store" });
    } catch (error) {
      if (signal.aborted) throw error;
      warnUnreachableOnce(origin);
      return true;
    }
    await response.body?.cancel();
    return response.ok;
  };
}

const warnedOrigins = new Set<string>();
function warnUnreachableOnce(origin: string) {
  if (warnedOrigins.has(origin)) return;
  warnedOrigins.add(origin);
  console.warn(
    JSON.stringify({
      level: "warn",
      msg: "outage gate cannot reach the readiness endpoint; check APP_URL (the gate stays open)",
      origin,
    }),
  );
}

/**
 * The rewrite target for a request while the database is away, or null to go on as usual. Only a tenant
 * host's requests that need the database cost a readiness check (usually a cached verdict).
 */
export async function outageRewriteFor(
  request: { headers: Headers; method: string; nextUrl: { pathname: string } },
  rootDomain: string,
  origin: string,
  isReady: () => Promise<boolean> = readinessOf(origin),
): Promise<string | null> {
  if (!needsDatabase(request.nextUrl.pathname, request.method)) return null;
  const host = parseTenantHost(request.headers.get("host"), rootDomain);
  if (host.kind !== "tenant") return null;
  return (await isReady()) ? null : `/s/${host.slug}/${UNAVAILABLE_SEGMENT}`;
}

const readinessByOrigin = new Map<string, () => Promise<boolean>>();

/**
 * This instance's readiness of the deployment at `origin` (the platform's own URL, never a Host header an
 * attacker chose), probed over HTTP and shared by every request it serves.
 */
function readinessOf(origin: string): () => Promise<boolean> {
  let isReady = readinessByOrigin.get(origin);
  if (!isReady) {
    isReady = createReadiness(httpReadinessProbe(origin));
    readinessByOrigin.set(origin, isReady);
  }
  return isReady;
}
