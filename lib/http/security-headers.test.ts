import { describe, expect, it } from "vitest";
import {
  BLOB_IMAGE_SOURCE,
  contentSecurityPolicy,
  HSTS_VALUE,
  isHttpsUrl,
  newNonce,
  strictTransportSecurity,
} from "./security-headers";

/** The policy as directive -> sources, the way browsers (and Mozilla's Observatory) read it. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

const production = { nonce: "abc123==", development: false, https: true };

describe("contentSecurityPolicy", () => {
  it("allows scripts only by nonce with 'strict-dynamic', no unsafe sources", () => {
    const csp = parse(contentSecurityPolicy(production));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(contentSecurityPolicy(production)).not.toMatch(/unsafe-eval|https:(?!\/\/)|\*(?!\.public)/);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
  });

  it("refuses framing outright and keeps forms on our own origin", () => {
    const csp = parse(contentSecurityPolicy(production));
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(
      parse(contentSecurityPolicy({ ...production, formActionOrigins: ["https://github.com"] })).get(
        "form-action",
      ),
    ).toEqual(["'self'", "https://github.com"]);
  });

  it("allows inline styles (React style attributes cannot carry a nonce) and images from Vercel Blob", () => {
    const csp = parse(contentSecurityPolicy(production));
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:", BLOB_IMAGE_SOURCE]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only over HTTPS (it would break a plain-HTTP server)", () => {
    expect(parse(contentSecurityPolicy(production)).has("upgrade-insecure-requests")).toBe(true);
    expect(
      parse(contentSecurityPolicy({ ...production, https: false })).has("upgrade-insecure-requests"),
    ).toBe(false);
  });

  it("adds eval and the HMR socket in development only", () => {
    const dev = parse(contentSecurityPolicy({ ...production, development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("connect-src")).toContain("ws:");
  });

  it("is one header line with no empty directive", () => {
    const policy = contentSecurityPolicy(production);
    expect(policy).not.toMatch(/[\r\n]|;\s*;|;\s*$/);
  });
});

describe("strictTransportSecurity", () => {
  it("is sent by a production server served over HTTPS, for two years with subdomains", () => {
    expect(strictTransportSecurity({ production: true, https: true })).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toBe("max-age=63072000; includeSubDomains");
  });

  it("is not sent over plain HTTP or outside production", () => {
    expect(strictTransportSecurity({ production: true, https: false })).toBeNull();
    expect(strictTransportSecurity({ production: false, https: true })).toBeNull();
  });
});

describe("isHttpsUrl", () => {
  it.each([
    ["https://swagstand.app", true],
    ["HTTPS://swagstand.app/", true],
    ["http://swagstand.app", false],
    ["http://localhost:3000", false],
    ["swagstand.app", false],
    [undefined, false],
  ])("%s", (url, expected) => expect(isHttpsUrl(url)).toBe(expected));
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
