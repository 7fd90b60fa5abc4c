/**
 * Runs once per server instance (Next.js instrumentation hook), for both the Node and the Edge runtime;
 * Node-only work sits behind `process.env.NEXT_RUNTIME === "nodejs"`, which Next inlines per bundle so the
 * Edge bundle never sees pino, pg or the mail code.
 */
import type { Instrumentation } from "next";
import { isSafeRequestId, REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { traceExportTarget } from "@/lib/observability/tracing-config";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` also loads instrumentation for prerendering; no mail loop there (no database either).
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  // Traces (ADR 028): spans per server action and database transaction (lib/observability/tracing.ts),
  // exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (or to a Vercel tracing integration). With
  // no target no SDK is registered: @vercel/otel's "auto" exporter would otherwise post to localhost:4318.
  if (traceExportTarget(process.env)) {
    const { registerOTel } = await import("@vercel/otel");
    registerOTel({ serviceName: "swagstand" });
  }

  // The in-process outbox dispatcher (development and self-hosting; OUTBOX_IN_PROCESS=false turns it off,
  // production on Vercel uses the cron route). It decides for itself whether to run.
  const { startDevOutboxLoop } = await import("@/lib/mail/dev-loop");
  startDevOutboxLoop();
  // Retention (ADR 026) rides on the same switch; production uses /api/cron/retention.
  const { startRetentionLoop } = await import("@/lib/privacy/retention-loop");
  startRetentionLoop();
}

/**
 * Every server error Next catches (render, route handler, server action, middleware) is logged once with its
 * stack, the request id and the route pattern, and counted. Users only ever see the digest.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const header = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof header === "string" && isSafeRequestId(header) ? header : undefined;
  if (process.env.NEXT_RUNTIME !== "nodejs") {
    // Edge (the middleware): no pino there; one JSON line without the error's message (it may hold input).
    console.error(
      JSON.stringify({
        level: "error",
        msg: "edge request failed",
        requestId,
        route: context.routePath,
        kind: context.routeType,
      }),
    );
    return;
  }
  const [{ loggerFor }, { metrics }] = await Promise.all([
    import("@/lib/observability/logger"),
    import("@/lib/observability/metrics"),
  ]);
  const digest =
    typeof error === "object" && error !== null && "digest" in error
      ? String((error as { digest: unknown }).digest)
      : undefined;
  // The route pattern ("/s/[slug]/order"), never request.path: paths carry slugs, tokens and query strings.
  loggerFor({ requestId, route: context.routePath }).error(
    {
      err: error,
      digest,
      method: request.method,
      kind: context.routeType,
      renderSource: context.renderSource,
    },
    "request failed",
  );
  metrics.errors.inc({ route: context.routePath, kind: context.routeType });
};
