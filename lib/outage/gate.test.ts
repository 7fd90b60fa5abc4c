import { NextRequest } from "next/server";
import { getRewrittenUrl, isRewrite } from "next/experimental/testing/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  probeTimeoutMs,
  createReadiness,
  DOWN_TRUST_MS,
  httpReadinessProbe,
  needsDatabase,
  outageRewriteFor,
  READY_TRUST_MS,
} from "./gate";

describe("needsDatabase", () => {
  it.each([
    ["GET", "/order"],
    ["HEAD", "/order/"],
    ["GET", "/my-order/tok_123"],
  ])("gates %s %s", (method, path) => {
    expect(needsDatabase(path, method)).toBe(true);
  });

  it.each([
    ["GET", "/"], // the cached landing page keeps serving
    ["GET", "/order/confirmation/tok"],
    ["GET", "/my-order"],
    ["GET", "/my-order/a/b"],
    ["GET", "/orders"],
    ["POST", "/order"], // server actions answer "temporarily unavailable" themselves, keeping every answer
    ["POST", "/my-order/tok_123"],
  ])("leaves %s %s alone", (method, path) => {
    expect(needsDatabase(path, method)).toBe(false);
  });
});

describe("probeTimeoutMs", () => {
  it("bounds a production probe tightly, and lets next dev compile the readiness route first", () => {
    expect(probeTimeoutMs("production")).toBe(2_500);
    expect(probeTimeoutMs("test")).toBe(2_500);
    expect(probeTimeoutMs("development")).toBe(60_000);
  });
});

describe("createReadiness", () => {
  it("shares one probe between concurrent requests and trusts a 'ready' verdict for a while", async () => {
    let clock = 0;
    const probe = vi.fn(async () => true);
    const isReady = createReadiness(probe, () => clock);
    expect(await Promise.all([isReady(), isReady(), isReady()])).toEqual([true, true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
    clock += READY_TRUST_MS - 1;
    await isReady();
    expect(probe).toHaveBeenCalledTimes(1);
    clock += 1;
    await isReady();
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("trusts 'down' only briefly, so recovery is seen within a second", async () => {
    let clock = 0;
    let up = false;
    const isReady = createReadiness(
      async () => up,
      () => clock,
    );
    expect(await isReady()).toBe(false);
    up = true;
    expect(await isReady()).toBe(false);
    clock += DOWN_TRUST_MS;
    expect(await isReady()).toBe(true);
  });

  it("asks /api/ready over HTTP: not ready or too slow is down, an unreachable origin is a misconfiguration and stays open", async () => {
    const answering = (status: number) =>
      httpReadinessProbe("http://app.test", async () => new Response("{}", { status }));
    expect(await answering(200)(new AbortController().signal)).toBe(true);
    expect(await answering(503)(new AbortController().signal)).toBe(false);

    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const unreachable = httpReadinessProbe("http://unreachable.test", async () => {
      throw new TypeError("fetch failed");
    });
    expect(await unreachable(new AbortController().signal)).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();

    const timedOut = new AbortController();
    timedOut.abort(new DOMException("timed out", "TimeoutError"));
    const slow = httpReadinessProbe("http://app.test", async (_url, init) => {
      throw init?.signal?.reason;
    });
    await expect(slow(timedOut.signal)).rejects.toThrow("timed out");
  });

  it("counts a failed or aborted probe as down", async () => {
    const isReady = createReadiness(async () => {
      throw new Error("fetch failed");
    });
    expect(await isReady()).toBe(false);
    const aborted = createReadiness(
      (signal) =>
        new Promise<boolean>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))),
    );
    vi.useFakeTimers();
    try {
      const verdict = aborted();
      await vi.advanceTimersByTimeAsync(3_000);
      expect(await verdict).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("outageRewriteFor", () => {
  const request = (host: string, path: string, method = "GET", headers: Record<string, string> = {}) => ({
    headers: new Headers({ host, ...headers }),
    method,
    nextUrl: { pathname: path },
  });
  const down = vi.fn(async () => false);
  const up = async () => true;

  it("sends a tenant's order page to the 503 route while the database is away", async () => {
    expect(
      await outageRewriteFor(request("devconf.localhost:3000", "/order"), "localhost:3000", "x", down),
    ).toBe("/s/devconf/temporarily-unavailable");
    expect(
      await outageRewriteFor(request("devconf.localhost:3000", "/order"), "localhost:3000", "x", up),
    ).toBeNull();
  });

  it("never asks for the landing page, the root domain or an unknown host", async () => {
    down.mockClear();
    expect(
      await outageRewriteFor(request("devconf.localhost:3000", "/"), "localhost:3000", "x", down),
    ).toBeNull();
    expect(
      await outageRewriteFor(request("localhost:3000", "/order"), "localhost:3000", "x", down),
    ).toBeNull();
    expect(await outageRewriteFor(request("evil.example", "/order"), "localhost:3000", "x", down)).toBeNull();
    expect(down).not.toHaveBeenCalled();
  });
});

describe("middleware.ts with the database away", () => {
  let mw: typeof import("../../middleware");
  beforeAll(async () => {
    vi.stubEnv("ROOT_DOMAIN", "");
    vi.stubEnv("APP_URL", "");
    mw = await import("../../middleware");
    vi.unstubAllEnvs();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("rewrites /order to the 503 route when /api/ready answers 503, and asks the platform's own origin", async () => {
    const fetch = vi.fn(async () => new Response("{}", { status: 503 }));
    vi.stubGlobal("fetch", fetch);
    const response = await mw.middleware(
      new NextRequest("http://localhost:3000/order", { headers: { host: "outage-a.localhost:3000" } }),
    );
    expect(isRewrite(response) && getRewrittenUrl(response)).toBe(
      "http://localhost:3000/s/outage-a/temporarily-unavailable",
    );
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe("http://localhost:3000/api/ready");
    expect(response.headers.get("x-request-id")).toBeTruthy();
  });
});
