import { SpanStatusCode, trace, type Attributes } from "@opentelemetry/api";

/**
 * Spans through the OpenTelemetry API (ADR 028). instrumentation.ts registers @vercel/otel only when an
 * export target is configured (./tracing-config.ts); until then the API's tracer is a no-op and a span
 * costs a function call, so wrapping the order path is free when tracing is off.
 *
 * Span names and attributes are low-cardinality and never personal: an action's name, a transaction's
 * name, an outcome — never input, emails, tokens or error messages (they may quote input).
 */
const TRACER_NAME = "swagstand";

/** redirect(), notFound() and friends throw errors with a NEXT_… digest: navigation, not failure. */
function isNavigation(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? error.digest : undefined;
  return typeof digest === "string" && digest.startsWith("NEXT_");
}

/** Runs `fn` inside an active span (children nest under it); a thrown error marks the span as failed. */
export function withSpan<T>(name: string, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn();
    } catch (error) {
      if (!isNavigation(error)) {
        // The error's class only: its message may quote what a user typed.
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: error instanceof Error ? error.name : "Error",
        });
      }
      throw error;
    } finally {
      span.end();
    }
  });
}
