/**
 * The security headers middleware.ts puts on every request it handles (ADR 015), through Next's own request
 * and response classes. The environment is read once at module load, as in production, so each case imports
 * a fresh copy of the middleware under its own environment.
 */
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

const ORIGIN = "http://localhost:3000";

async function middlewareWith(env: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv("ROOT_DOMAIN", "");
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  // The routing without the outage gate in front (that one asks /api/ready over HTTP: lib/outage/gate.test.ts).
  const { routeByHost } = await import("../../middleware");
  return (host: string, path: string) =>
    routeByHost(new NextRequest(`${ORIGIN}${path}`, { headers: { host } }));
}

afterEach(() => vi.unstubAllEnvs());

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
/** What the middleware hands the app as request headers (Next reads the nonce for its scripts from there). */
const forwardedCsp = (response: Response) =>
  response.headers.get("x-middleware-request-content-security-policy");

describe("middleware: Content-Security-Policy", { timeout: 30_000 }, () => {
  it("answers every kind of page with a nonce policy that forbids framing, and hands the same policy to Next", async () => {
    const run = await middlewareWith({});
    for (const [host, path] of [
      ["devconf.localhost:3000", "/"],
      ["devconf.localhost:3000", "/order"],
      ["devconf.localhost:3000", "/order/confirmation/tok"],
      ["devconf.localhost:3000", "/my-order/tok"],
      ["localhost:3000", "/"],
      ["localhost:3000", "/dashboard"],
      ["localhost:3000", "/dashboard/sign-in"],
      ["localhost:3000", "/no-such-page"],
      ["unknown.example", "/"],
    ] as const) {
      const response = run(host, path);
      const policy = response.headers.get("content-security-policy");
      expect(policy, `${host}${path}`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy, `${host}${path}`).toContain("frame-ancestors 'none'");
      expect(forwardedCsp(response), `${host}${path}`).toBe(policy);
    }
  });

  it("draws a fresh nonce for each request to a page rendered per request", async () => {
    const run = await middlewareWith({});
    for (const [host, path] of [
      ["devconf.localhost:3000", "/order"],
      ["localhost:3000", "/dashboard"],
    ] as const) {
      const a = nonceOf(run(host, path).headers.get("content-security-policy"));
      const b = nonceOf(run(host, path).headers.get("content-security-policy"));
      expect(a).toBeTruthy();
      expect(a).not.toBe(b);
    }
  });

  it("gives an event's cached landing page the build's nonce, which its cached HTML carries", async () => {
    const run = await middlewareWith({ SWAGSTAND_CACHED_PAGE_NONCE: "build-nonce+/=" });
    for (const host of ["devconf.localhost:3000", "breakfast.localhost:3000"]) {
      expect(nonceOf(run(host, "/").headers.get("content-security-policy"))).toBe("build-nonce+/=");
    }
    expect(nonceOf(run("devconf.localhost:3000", "/order").headers.get("content-security-policy"))).not.toBe(
      "build-nonce+/=",
    );
  });
});

describe("middleware: Strict-Transport-Security", { timeout: 30_000 }, () => {
  it("is sent in production when the public URL is https", async () => {
    const run = await middlewareWith({ NODE_ENV: "production", APP_URL: "https://swagstand.app" });
    for (const [host, path] of [
      ["devconf.localhost:3000", "/"],
      ["localhost:3000", "/dashboard"],
    ] as const) {
      const response = run(host, path);
      expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    }
  });

  it("is not sent over plain HTTP, nor by a development server", async () => {
    for (const env of [
      { NODE_ENV: "production", APP_URL: "http://localhost:3000" },
      { NODE_ENV: "production", APP_URL: "" },
      { NODE_ENV: "development", APP_URL: "https://swagstand.app" },
    ]) {
      const response = (await middlewareWith(env))("localhost:3000", "/dashboard");
      expect(response.headers.get("strict-transport-security"), JSON.stringify(env)).toBeNull();
      if (env.APP_URL !== "https://swagstand.app") {
        expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
      }
    }
  });
});
