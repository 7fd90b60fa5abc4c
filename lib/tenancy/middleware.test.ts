/**
 * The root middleware.ts, exercised through Next's own request/response classes and matcher logic.
 * (Kept here because the tenancy rules are what it implements; the file under test is ../../middleware.ts.)
 */
import { NextRequest, type NextResponse } from "next/server";
import { getRewrittenUrl, isRewrite, unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

type Middleware = typeof import("../../middleware");
let mw: Middleware;

beforeAll(async () => {
  // ROOT_DOMAIN is read once at module load, as in production.
  vi.stubEnv("ROOT_DOMAIN", "");
  mw = await import("../../middleware");
  vi.unstubAllEnvs();
});

// Next hands middleware the server's own origin (from -H/-p), not the Host header.
const ORIGIN = "http://localhost:3000";

function run(host: string | null, path: string, headers: Record<string, string> = {}): NextResponse {
  const request = new NextRequest(`${ORIGIN}${path}`, {
    headers: host === null ? headers : { host, ...headers },
  });
  return mw.routeByHost(request); // the routing; the outage gate in front of it: lib/outage/gate.test.ts
}

const rewrittenTo = (response: NextResponse) => (isRewrite(response) ? getRewrittenUrl(response) : null);
const NOT_FOUND = `${ORIGIN}/_swagstand/not-found`;

describe("middleware: tenant hosts", () => {
  it("rewrites to /s/{slug}{path} on the same origin, keeping the query string", () => {
    expect(rewrittenTo(run("devconf.localhost:3000", "/"))).toBe(`${ORIGIN}/s/devconf`);
    expect(rewrittenTo(run("devconf.localhost:3000", "/order"))).toBe(`${ORIGIN}/s/devconf/order`);
    expect(rewrittenTo(run("devconf.localhost:3000", "/order?item=42&size=M&size=L"))).toBe(
      `${ORIGIN}/s/devconf/order?item=42&size=M&size=L`,
    );
    expect(rewrittenTo(run("devconf.localhost:3000", "/?preview=tok%20en"))).toBe(
      `${ORIGIN}/s/devconf?preview=tok%20en`,
    );
    expect(rewrittenTo(run("DEVCONF.localhost:3000", "/my-order/abc"))).toBe(
      `${ORIGIN}/s/devconf/my-order/abc`,
    );
  });

  it("cannot reach another tenant by path", () => {
    expect(rewrittenTo(run("devconf.localhost:3000", "/s/other"))).toBe(`${ORIGIN}/s/devconf/s/other`);
  });

  it("leaves framework assets and the platform API untouched", () => {
    for (const path of [
      "/_next/static/chunks/app.js",
      "/_next/webpack-hmr",
      "/api/blobs/a/b.png",
      "/api",
      "/__nextjs_original-stack-frame",
    ]) {
      const response = run("devconf.localhost:3000", path);
      expect(isRewrite(response), path).toBe(false);
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
    }
  });

  it("rewrites look-alikes of platform paths", () => {
    expect(rewrittenTo(run("devconf.localhost:3000", "/apiary"))).toBe(`${ORIGIN}/s/devconf/apiary`);
    expect(rewrittenTo(run("devconf.localhost:3000", "/_nextish"))).toBe(`${ORIGIN}/s/devconf/_nextish`);
  });
});

describe("middleware: root host", () => {
  it("passes platform pages through", () => {
    for (const host of [
      "localhost:3000",
      "www.localhost:3000",
      "127.0.0.1:3000",
      "swagstand-git-x.vercel.app",
    ]) {
      const response = run(host, "/dashboard?tab=orders");
      expect(isRewrite(response), host).toBe(false);
      expect(response.headers.get("x-middleware-next"), host).toBe("1");
    }
  });

  it("answers 404 for the internal tenant routes, however they are spelled", () => {
    for (const path of ["/s", "/s/", "/s/devconf", "/s/devconf/order?x=1", "/%73/devconf", "/s%2Fdevconf"]) {
      expect(rewrittenTo(run("localhost:3000", path)), path).toBe(NOT_FOUND);
    }
  });
});

describe("middleware: reserved, unknown and missing hosts", () => {
  it.each([
    ["api.localhost:3000", "/"],
    ["admin.localhost:3000", "/dashboard"],
    ["a.b.localhost:3000", "/"],
    ["xn--caf-dma.localhost:3000", "/"],
    ["evil.example.com", "/"],
    ["devconf.localhost:3001", "/"],
    ["203.0.113.9", "/"],
  ])("%s%s -> 404", (host, path) => {
    expect(rewrittenTo(run(host, path))).toBe(NOT_FOUND);
  });

  it("answers 404 without a Host header", () => {
    // NextRequest fills no Host header by itself, so this is a request that carried none.
    expect(rewrittenTo(run(null, "/"))).toBe(NOT_FOUND);
  });
});

describe("middleware: request id", () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("adds a new id as a request header and echoes it on the response", () => {
    const response = run("devconf.localhost:3000", "/");
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(uuid);
    expect(response.headers.get("x-middleware-request-x-request-id")).toBe(id);
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).toContain("x-request-id");
  });

  it("gives every request its own id", () => {
    const a = run("localhost:3000", "/").headers.get("x-request-id");
    const b = run("localhost:3000", "/").headers.get("x-request-id");
    expect(a).not.toBe(b);
  });

  it("keeps a safe incoming id", () => {
    const response = run("devconf.localhost:3000", "/", { "x-request-id": "lb-7f3a9c21e0" });
    expect(response.headers.get("x-request-id")).toBe("lb-7f3a9c21e0");
    // The request headers are rewritten anyway (the CSP nonce, ADR 015), with the id unchanged.
    expect(response.headers.get("x-middleware-request-x-request-id")).toBe("lb-7f3a9c21e0");
  });

  it.each(["short", "has space in it", "x".repeat(200), "<script>alert(1)</script>", "-leading-hyphen"])(
    "replaces an unsafe incoming id %j",
    (incoming) => {
      const response = run("localhost:3000", "/", { "x-request-id": incoming });
      const id = response.headers.get("x-request-id");
      expect(id).toMatch(uuid);
      expect(response.headers.get("x-middleware-request-x-request-id")).toBe(id);
    },
  );
});

describe("middleware: matcher", () => {
  const matches = (url: string) => unstable_doesMiddlewareMatch({ config: mw.config, url });

  it.each([
    "/",
    "/order",
    "/order?x=1",
    "/dashboard/events",
    "/api/blobs/a/b",
    "/api/orders",
    "/api/healthy",
    "/robots.txt",
    "/sitemap.xml",
    "/manifest.webmanifest",
    "/s",
    "/s/devconf",
    "/s/devconf/logo.png",
    "/s/devconf/opengraph-image.png",
    "/_next/data/build/index.json",
  ])("runs on %s", (url) => {
    expect(matches(url)).toBe(true);
  });

  it.each([
    "/_next/static/chunks/main.js",
    "/_next/static/css/app.css",
    "/_next/image?url=%2Flogo.png&w=64&q=75",
    "/favicon.ico",
    "/logo.svg",
    "/images/hero.webp",
    "/fonts/inter.woff2",
    "/api/blobs/a/b.png",
    "/api/health",
    "/api/ready",
    "/api/metrics",
  ])("skips %s", (url) => {
    expect(matches(url)).toBe(false);
  });
});

describe("middleware: malformed path encodings", () => {
  it("answers 400 on the API and the not-found page elsewhere, on every host", async () => {
    for (const host of ["localhost:3000", "devconf.localhost:3000"]) {
      const api = run(host, "/api/blobs/%ff%fe");
      expect(api.status, host).toBe(400);
      expect(await api.json()).toMatchObject({ error: "malformed_path" });
      for (const path of ["/my-order/%zz", "/order/confirmation/%E0%A4%A", "/dashboard/%ff"])
        expect(rewrittenTo(run(host, path)), `${host}${path}`).toBe(NOT_FOUND);
    }
  });
});

describe("middleware: provider webhooks", () => {
  it("lets Resend's signed JSON POST through to /api/webhooks/resend on the app host, unrewritten", async () => {
    const request = new NextRequest(`${ORIGIN}/api/webhooks/resend`, {
      method: "POST",
      headers: {
        host: "localhost:3000",
        "content-type": "application/json",
        origin: "https://api.resend.com", // foreign origin, no session: the signature is the credential
        "svix-id": "msg_1",
        "svix-timestamp": "1700000000",
        "svix-signature": "v1,abc",
      },
      body: JSON.stringify({ type: "email.bounced", data: { email_id: "re_1" } }),
    });
    const response = await mw.middleware(request);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(rewrittenTo(response)).toBeNull();
  });
});
