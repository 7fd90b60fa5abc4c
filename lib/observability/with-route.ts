/**
 * Wraps a route handler so every call is logged (route, method, status, latency, request id), counted in
 * the metrics, and never answers with an error's message or stack. Database outages become a 503 with
 * Retry-After ("temporarily unavailable, nothing was recorded, try again"); any other exception a 500 that
 * quotes only the request id. Next's own control-flow errors (redirect(), notFound()) pass through.
 *
 *   export const GET = withRoute("/api/orders/[id]", async (request, { params }, { log, requestId }) => { ... });
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { isDatabaseUnavailable } from "@/lib/db-errors/classify";
import { loggerFor, type Logger } from "./logger";
import { RETRY_AFTER_SECONDS } from "@/lib/outage/messages";
import { metrics } from "./metrics";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/http/request-id";

export interface RouteTools {
  requestId: string;
  /** Child logger bound to requestId and route (add `tenant` with log.child when known). */
  log: Logger;
}

export interface WithRouteOptions {
  /** Log successful calls at debug instead of info (health probes, metrics scrapes). */
  quiet?: boolean;
}

/** Seconds a client should wait before retrying when the database is unavailable (one value: lib/outage). */
export { RETRY_AFTER_SECONDS };

export function withRoute<Context>(
  route: string,
  handler: (request: Request, context: Context, tools: RouteTools) => Response | Promise<Response>,
  options: WithRouteOptions = {},
): (request: Request, context: Context) => Promise<Response> {
  return async function routeHandler(request, context) {
    const started = performance.now();
    const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
    const log = loggerFor({ requestId, route });
    const method = request.method;
    let status = 500;
    try {
      const response = await handler(request, context, { requestId, log });
      status = response.status;
      return withRequestIdHeader(response, requestId);
    } catch (error) {
      status = controlFlowStatus(error);
      // redirect(), notFound() and friends: Next turns them into the right response.
      unstable_rethrow(error);
      if (isDatabaseUnavailable(error)) {
        status = 503;
        log.warn({ err: error }, "database unavailable");
        return errorResponse(
          503,
          requestId,
          "temporarily_unavailable",
          "The service is temporarily unavailable. Nothing was recorded; please try again shortly.",
        );
      }
      log.error({ err: error }, "route handler failed");
      metrics.errors.inc({ route, kind: "route" });
      return errorResponse(500, requestId, "internal_error", "Something went wrong on our side.");
    } finally {
      const seconds = (performance.now() - started) / 1000;
      metrics.httpRequests.inc({ route, method, status });
      metrics.httpDuration.observe({ route, method }, seconds);
      const fields = { method, status, durationMs: Math.round(seconds * 1000 * 10) / 10 };
      if (status >= 500) log.warn(fields, "request failed");
      else if (options.quiet) log.debug(fields, "request");
      else log.info(fields, "request");
    }
  };
}

function errorResponse(status: number, requestId: string, error: string, message: string): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId };
  if (status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return Response.json({ error, message, requestId }, { status, headers });
}

function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
  } catch {
    // Response.redirect() and fetched responses have immutable headers; the id is in the logs regardless.
  }
  return response;
}

/**
 * The status Next will answer with for its control-flow errors, read from their digest
 * ("NEXT_REDIRECT;replace;/path;307;" or "NEXT_HTTP_ERROR_FALLBACK;404"); 500 for anything else.
 */
function controlFlowStatus(error: unknown): number {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return 500;
  const parts = digest.split(";");
  const code = Number(
    parts[0] === "NEXT_REDIRECT" ? parts[3] : parts[0] === "NEXT_HTTP_ERROR_FALLBACK" ? parts[1] : NaN,
  );
  return Number.isInteger(code) && code >= 300 && code < 600 ? code : 500;
}
