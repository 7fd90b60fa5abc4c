import { redirect } from "next/navigation";
import { describe, expect, it } from "vitest";
import type { Counter, Histogram } from "prom-client";
import { metrics } from "./metrics";
import { RETRY_AFTER_SECONDS, withRoute } from "./with-route";

const request = (headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/test", { method: "GET", headers });

type LabelSet = Record<string, string | number>;
const matches = (labels: Partial<LabelSet>, wanted: LabelSet) =>
  Object.entries(wanted).every(([k, v]) => String(labels[k]) === String(v));

async function counterValue(counter: Counter<string>, labels: LabelSet): Promise<number> {
  const { values } = await counter.get();
  return values.find((v) => matches(v.labels, labels))?.value ?? 0;
}

async function histogramCount(histogram: Histogram<string>, labels: LabelSet): Promise<number> {
  const { values } = await histogram.get();
  return values.find((v) => v.metricName?.endsWith("_count") && matches(v.labels, labels))?.value ?? 0;
}

describe("withRoute", () => {
  it("passes the response through, adds the request id, and counts the call", async () => {
    const route = "/api/test/ok";
    const before = await counterValue(metrics.httpRequests, { route, method: "GET", status: 201 });
    const seen: string[] = [];
    const handler = withRoute(
      route,
      async (_req, context: { params: Promise<{ id: string }> }, { requestId }) => {
        seen.push(requestId, (await context.params).id);
        return Response.json({ ok: true }, { status: 201 });
      },
    );

    const response = await handler(request({ "x-request-id": "req-abcdef12" }), {
      params: Promise.resolve({ id: "42" }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get("x-request-id")).toBe("req-abcdef12");
    expect(seen).toEqual(["req-abcdef12", "42"]);
    expect(await counterValue(metrics.httpRequests, { route, method: "GET", status: 201 })).toBe(before + 1);
    expect(await histogramCount(metrics.httpDuration, { route, method: "GET" })).toBeGreaterThan(0);
  });

  it("creates a request id when none (or an unsafe one) arrives", async () => {
    const handler = withRoute("/api/test/id", () => new Response("ok"));
    const response = await handler(request({ "x-request-id": "bad id with spaces" }), undefined);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers 500 without the error's message and counts the error", async () => {
    const route = "/api/test/boom";
    const errorsBefore = await counterValue(metrics.errors, { route, kind: "route" });
    const handler = withRoute(route, () => {
      throw new Error("secret internal detail: ada@example.org");
    });
    const response = await handler(request(), undefined);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret internal detail");
    expect(text).not.toContain("ada@example.org");
    const body = JSON.parse(text) as { error: string; requestId: string };
    expect(body.error).toBe("internal_error");
    expect(body.requestId).toBe(response.headers.get("x-request-id"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await counterValue(metrics.errors, { route, kind: "route" })).toBe(errorsBefore + 1);
    expect(await counterValue(metrics.httpRequests, { route, method: "GET", status: 500 })).toBeGreaterThan(
      0,
    );
  });

  it("answers 503 with Retry-After when the database is unreachable", async () => {
    const route = "/api/test/db-down";
    const handler = withRoute(route, () => {
      const cause = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      throw new Error("Failed query: select 1\nparams: ", { cause });
    });
    const response = await handler(request(), undefined);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(((await response.json()) as { error: string }).error).toBe("temporarily_unavailable");
    expect(await counterValue(metrics.httpRequests, { route, method: "GET", status: 503 })).toBe(1);
  });

  it("lets Next's redirect() through and records its status", async () => {
    const route = "/api/test/redirect";
    const handler = withRoute(route, () => redirect("/elsewhere"));
    await expect(handler(request(), undefined)).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
    expect(await counterValue(metrics.httpRequests, { route, method: "GET", status: 307 })).toBe(1);
  });

  it("copes with responses whose headers are immutable", async () => {
    const handler = withRoute("/api/test/immutable", () => Response.redirect("http://localhost:3000/x", 302));
    const response = await handler(request(), undefined);
    expect(response.status).toBe(302);
  });
});
