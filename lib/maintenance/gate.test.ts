import { describe, expect, it, vi } from "vitest";
import {
  createMaintenanceVerdicts,
  httpModeProbe,
  isGatedPage,
  maintenanceRewriteFor,
  VERDICT_TRUST_MS,
} from "./gate";

const request = (host: string, path: string, method = "GET") => ({
  headers: new Headers({ host }),
  method,
  nextUrl: { pathname: path },
});

describe("maintenanceRewriteFor", () => {
  const closed = vi.fn(async () => "closed" as const);

  it("sends every page of a closed tenant to the 503 route", async () => {
    for (const path of ["/", "/order", "/order/confirmation/tok", "/my-order/tok", "/og-image"]) {
      expect(
        await maintenanceRewriteFor(request("devconf.localhost:3000", path), "localhost:3000", closed),
      ).toBe("/s/devconf/maintenance");
    }
  });

  it("leaves open tenants, read-only ones, the platform API, assets, POSTs and other hosts alone", async () => {
    const readOnly = async () => "read_only" as const;
    expect(
      await maintenanceRewriteFor(request("devconf.localhost:3000", "/"), "localhost:3000", readOnly),
    ).toBeNull();
    closed.mockClear();
    for (const [host, path, method] of [
      ["devconf.localhost:3000", "/api/blobs/x", "GET"],
      ["devconf.localhost:3000", "/_next/static/x.js", "GET"],
      ["localhost:3000", "/dashboard", "GET"],
      ["evil.example", "/", "GET"],
    ] as const) {
      expect(await maintenanceRewriteFor(request(host, path, method), "localhost:3000", closed)).toBeNull();
    }
    expect(closed).not.toHaveBeenCalled();
  });

  it("gates GET, HEAD and POST (server actions, natively posted or fetched) only", () => {
    expect(isGatedPage("/", "HEAD")).toBe(true);
    expect(isGatedPage("/order", "POST")).toBe(true);
    expect(isGatedPage("/my-order/tok", "POST")).toBe(true);
    expect(isGatedPage("/api/orders", "POST")).toBe(false);
    expect(isGatedPage("/", "DELETE")).toBe(false);
  });

  it("sends a closed tenant's server-action POSTs to the 503 route", async () => {
    expect(
      await maintenanceRewriteFor(
        request("devconf.localhost:3000", "/order", "POST"),
        "localhost:3000",
        closed,
      ),
    ).toBe("/s/devconf/maintenance");
  });
});

describe("createMaintenanceVerdicts", () => {
  it("shares one probe per slug and trusts it for VERDICT_TRUST_MS", async () => {
    let clock = 0;
    const probe = vi.fn(async () => "read_only" as const);
    const modeOf = createMaintenanceVerdicts(probe, () => clock);
    expect(await Promise.all([modeOf("a"), modeOf("a"), modeOf("b")])).toEqual([
      "read_only",
      "read_only",
      "read_only",
    ]);
    expect(probe).toHaveBeenCalledTimes(2);
    clock += VERDICT_TRUST_MS;
    await modeOf("a");
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it("counts a failed probe as open: maintenance is never caused by a slow or broken probe", async () => {
    const modeOf = createMaintenanceVerdicts(async () => {
      throw new Error("timed out");
    });
    expect(await modeOf("a")).toBe("off");
  });

  it("reads the mode from /api/maintenance/<slug>, and anything unclear is off", async () => {
    const answering = (status: number, body: unknown) =>
      httpModeProbe("http://app.test", async () => new Response(JSON.stringify(body), { status }));
    const signal = new AbortController().signal;
    expect(await answering(200, { mode: "closed" })("a", signal)).toBe("closed");
    expect(await answering(200, { mode: "weird" })("a", signal)).toBe("off");
    expect(await answering(503, {})("a", signal)).toBe("off");
  });
});
