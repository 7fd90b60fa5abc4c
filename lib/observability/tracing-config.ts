/**
 * Where traces go (ADR 028): to the OTLP endpoint in OTEL_EXPORTER_OTLP_ENDPOINT (or its traces-only
 * variant), or to a Vercel tracing integration (VERCEL_OTEL_ENDPOINTS, set by Vercel when one is
 * installed). Neither: null, and instrumentation.ts registers no SDK at all, so nothing is recorded or sent.
 */
export type TraceExportTarget = "otlp" | "vercel" | null;

export function traceExportTarget(
  environment: Readonly<Record<string, string | undefined>>,
): TraceExportTarget {
  const set = (name: string) => (environment[name] ?? "").trim() !== "";
  if (environment.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return null;
  if (set("OTEL_EXPORTER_OTLP_ENDPOINT") || set("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")) return "otlp";
  if (set("VERCEL_OTEL_ENDPOINTS")) return "vercel";
  return null;
}
