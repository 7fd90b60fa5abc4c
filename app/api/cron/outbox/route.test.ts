import { afterEach, describe, expect, it, vi } from "vitest";

/** env() is parsed once per module graph, so each case loads the route afresh with its own environment. */
async function loadRoute(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return import("./route");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const request = (authorization?: string) =>
  new Request("http://localhost:3000/api/cron/outbox", { headers: authorization ? { authorization } : {} });
const context = { params: Promise.resolve({}) };

describe("GET /api/cron/outbox authorisation", () => {
  it("refuses a missing or wrong bearer token", async () => {
    const { GET } = await loadRoute({ CRON_SECRET: "correct-horse-battery-staple" });
    expect((await GET(request(), context)).status).toBe(401);
    expect((await GET(request("Bearer wrong"), context)).status).toBe(401);
    expect((await GET(request("correct-horse-battery-staple"), context)).status).toBe(401);
  });

  it("refuses to run unprotected in production", async () => {
    const { GET } = await loadRoute({ NODE_ENV: "production", CRON_SECRET: undefined });
    const response = await GET(request("Bearer anything"), context);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "CRON_SECRET is not configured" });
  });
});
