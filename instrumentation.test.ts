import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { context, trace, type ProxyTracerProvider } from "@opentelemetry/api";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { traceExportTarget } from "@/lib/observability/tracing-config";
import { withSpan } from "@/lib/observability/tracing";

// The outbox loop is not under test here (it needs the whole environment and a database).
const loop = vi.hoisted(() => ({ started: 0 }));
vi.mock("@/lib/mail/dev-loop", () => ({ startDevOutboxLoop: () => void (loop.started += 1) }));
// The retention loop (ADR 026) starts beside it; not this test's subject.
vi.mock("@/lib/privacy/retention-loop", () => ({ startRetentionLoop: () => {} }));

describe("traceExportTarget", () => {
  it("exports over OTLP only when an endpoint is set, to Vercel's collector when it says so, else nowhere", () => {
    expect(traceExportTarget({})).toBeNull();
    expect(traceExportTarget({ OTEL_EXPORTER_OTLP_ENDPOINT: " " })).toBeNull();
    expect(traceExportTarget({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe("otlp");
    expect(traceExportTarget({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/v1/traces" })).toBe("otlp");
    expect(traceExportTarget({ VERCEL_OTEL_ENDPOINTS: "1" })).toBe("vercel");
    expect(
      traceExportTarget({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" }),
    ).toBeNull();
  });
});

/** The real instrumentation hook, with the environment a server would have. */
async function registerWith(vars: Record<string, string | undefined>) {
  vi.stubEnv("NEXT_RUNTIME", "nodejs");
  vi.stubEnv("NEXT_PHASE", "phase-production-server");
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  vi.resetModules();
  const { register } = await import("./instrumentation");
  await register();
}

describe("instrumentation.register", () => {
  const bodies: Buffer[] = [];
  const received: string[] = [];
  const collector = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push(`${request.method} ${request.url}`);
      bodies.push(Buffer.concat(chunks));
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });

  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    trace.disable();
    context.disable();
    await new Promise((resolve) => collector.close(resolve));
  });

  it("registers no SDK without an endpoint: spans record nothing, so nothing is exported", async () => {
    await registerWith({ OTEL_EXPORTER_OTLP_ENDPOINT: undefined, VERCEL_OTEL_ENDPOINTS: undefined });
    expect(loop.started).toBe(1); // the outbox loop is still started
    let recording: boolean | undefined;
    await withSpan("quiet", {}, async () => {
      recording = trace.getActiveSpan()?.isRecording() ?? false;
    });
    expect(recording).toBe(false);
  });

  it("with OTEL_EXPORTER_OTLP_ENDPOINT, sends the spans to that collector over OTLP/HTTP", async () => {
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    const { port } = collector.address() as AddressInfo;
    await registerWith({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` });
    expect(loop.started).toBe(2);

    await withSpan("action exported-probe", { "swagstand.action": "exported-probe" }, async () => {});
    const provider = (trace.getTracerProvider() as ProxyTracerProvider).getDelegate() as {
      forceFlush?: () => Promise<void>;
    };
    await provider.forceFlush?.();
    await vi.waitFor(() => expect(received).toContain("POST /v1/traces"), { timeout: 10_000 });
    expect(Buffer.concat(bodies).includes("action exported-probe")).toBe(true);
  });
});
