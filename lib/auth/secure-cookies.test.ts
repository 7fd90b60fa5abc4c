/**
 * Auth.js cookies behind HTTPS (ADR 015): when the public URL is https, every cookie Auth.js sets is Secure
 * (with the __Host-/__Secure- prefix), even if the request reached this server over plain HTTP from a TLS
 * terminator that sent no X-Forwarded-Proto. Drives the real Auth.js handler; /api/auth/csrf sets a cookie
 * without touching the database.
 */
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

async function csrfCookies(env: Record<string, string>): Promise<string[]> {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { handlers } = await import("./auth");
  const response = await handlers.GET(
    new NextRequest("http://localhost:3000/api/auth/csrf", { headers: { host: "localhost:3000" } }),
  );
  return response.headers.getSetCookie();
}

describe("Auth.js cookies", { timeout: 30_000 }, () => {
  it("are Secure, HttpOnly and SameSite when the public URL is https", async () => {
    const cookies = await csrfCookies({ APP_URL: "https://swagstand.app" });
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__(Host|Secure)-/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    }
  });

  it("stay usable over plain HTTP locally (a browser drops Secure cookies on http://)", async () => {
    const cookies = await csrfCookies({ APP_URL: "http://localhost:3000" });
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
