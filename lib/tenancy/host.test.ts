import { describe, expect, it } from "vitest";
import { limits } from "../limits";
import { isTenantInternalPath, isValidTenantSlug, parseTenantHost, tenantRewritePath } from "./host";
import { isReservedSlug, RESERVED_SLUGS } from "./reserved";

const PROD = "swagstand.app";
const DEV = "localhost:3000";

const root = { kind: "root" };
const unknown = { kind: "unknown" };
const tenant = (slug: string) => ({ kind: "tenant", slug });
const reserved = (label: string) => ({ kind: "reserved", label });

describe("parseTenantHost: production root without a port", () => {
  it.each([
    ["swagstand.app", root],
    ["www.swagstand.app", root],
    ["devconf.swagstand.app", tenant("devconf")],
    ["dev-conf-2025.swagstand.app", tenant("dev-conf-2025")],
    ["123.swagstand.app", tenant("123")],
  ])("%s", (host, expected) => {
    expect(parseTenantHost(host, PROD)).toEqual(expected);
  });

  it("ignores any port on the host when the root has none", () => {
    expect(parseTenantHost("swagstand.app:443", PROD)).toEqual(root);
    expect(parseTenantHost("devconf.swagstand.app:443", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("devconf.swagstand.app:8080", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("www.swagstand.app:80", PROD)).toEqual(root);
  });

  it("treats an empty port as the default port", () => {
    expect(parseTenantHost("devconf.swagstand.app:", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("swagstand.app:", PROD)).toEqual(root);
  });

  it("is case-insensitive and trims whitespace", () => {
    expect(parseTenantHost("DevConf.SwagStand.APP", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("WWW.SWAGSTAND.APP", PROD)).toEqual(root);
    expect(parseTenantHost("  devconf.swagstand.app  ", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("devconf.swagstand.app", "SwagStand.App")).toEqual(tenant("devconf"));
  });

  it("accepts one trailing dot (fully qualified name) on the host or the root, with or without a port", () => {
    expect(parseTenantHost("swagstand.app.", PROD)).toEqual(root);
    expect(parseTenantHost("devconf.swagstand.app.", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("devconf.swagstand.app.:443", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("devconf.swagstand.app", "swagstand.app.")).toEqual(tenant("devconf"));
  });

  it.each([
    "swagstand.app..",
    "devconf..swagstand.app",
    ".swagstand.app",
    ".devconf.swagstand.app",
    "devconf.swagstand.app/",
    "devconf.swagstand.app/order",
    "user@devconf.swagstand.app",
    "devconf.swagstand.app:abc",
    "devconf.swagstand.app:123456",
    "devconf.swagstand.app:443:443",
    "dev_conf.swagstand.app",
    "dev conf.swagstand.app",
    "https://devconf.swagstand.app",
  ])("malformed host %j is unknown", (host) => {
    expect(parseTenantHost(host, PROD)).toEqual(unknown);
  });

  it.each([
    ["a.b.swagstand.app", "nested subdomain"],
    ["www.devconf.swagstand.app", "www in front of a tenant"],
    ["devconf.www.swagstand.app", "tenant under www"],
    ["example.com", "foreign domain"],
    ["devconf.example.com", "foreign domain with a slug-like label"],
    ["swagstand.app.evil.com", "root as a prefix"],
    ["devconf.swagstand.app.evil.com", "tenant host as a prefix"],
    ["evilswagstand.app", "root as a plain suffix without a dot"],
    ["devconf-swagstand.app", "hyphen instead of a dot"],
    ["swagstand.ap", "shorter name"],
    ["localhost", "localhost against a production root"],
    ["devconf.localhost:3000", "development host against a production root"],
  ])("%s (%s) is unknown", (host) => {
    expect(parseTenantHost(host, PROD)).toEqual(unknown);
  });

  it("treats empty and missing hosts as unknown", () => {
    expect(parseTenantHost(null, PROD)).toEqual(unknown);
    expect(parseTenantHost(undefined, PROD)).toEqual(unknown);
    expect(parseTenantHost("", PROD)).toEqual(unknown);
    expect(parseTenantHost("   ", PROD)).toEqual(unknown);
    expect(parseTenantHost(":443", PROD)).toEqual(unknown);
  });

  it("treats over-long hosts as unknown", () => {
    expect(parseTenantHost(`${"a".repeat(64)}.swagstand.app`, PROD)).toEqual(unknown);
    expect(parseTenantHost(`${"a.".repeat(200)}swagstand.app`, PROD)).toEqual(unknown);
  });
});

describe("parseTenantHost: IP addresses", () => {
  it.each([
    "203.0.113.7",
    "203.0.113.7:443",
    "127.0.0.1",
    "[::1]",
    "[2001:db8::1]:8080",
    "10.0.0.1.swagstand.app.evil",
  ])("%s is unknown under a named production root", (host) => {
    expect(parseTenantHost(host, PROD)).toEqual(unknown);
  });

  it("does not mistake a dotted IP for a subdomain of a numeric-looking root", () => {
    // A root that is itself an IP has no subdomains.
    expect(parseTenantHost("10.0.0.5:3000", "10.0.0.5:3000")).toEqual(root);
    expect(parseTenantHost("devconf.10.0.0.5:3000", "10.0.0.5:3000")).toEqual(unknown);
  });

  it("treats malformed IPv6 literals as unknown", () => {
    expect(parseTenantHost("[::1", DEV)).toEqual(unknown);
    expect(parseTenantHost("[::1]3000", DEV)).toEqual(unknown);
    expect(parseTenantHost("[::1]:port", DEV)).toEqual(unknown);
  });
});

describe("parseTenantHost: development root with a port", () => {
  it.each([
    ["localhost:3000", root],
    ["LOCALHOST:3000", root],
    ["www.localhost:3000", root],
    ["devconf.localhost:3000", tenant("devconf")],
    ["DevConf.localhost:3000", tenant("devconf")],
    ["devconf.localhost.:3000", tenant("devconf")],
    ["api.localhost:3000", reserved("api")],
  ])("%s", (host, expected) => {
    expect(parseTenantHost(host, DEV)).toEqual(expected);
  });

  it("requires the same port when both sides have one", () => {
    expect(parseTenantHost("localhost:3001", DEV)).toEqual(unknown);
    expect(parseTenantHost("devconf.localhost:3001", DEV)).toEqual(unknown);
    expect(parseTenantHost("www.localhost:80", DEV)).toEqual(unknown);
  });

  it("compares host names only when the host has no port (e.g. behind a proxy on :80)", () => {
    expect(parseTenantHost("localhost", DEV)).toEqual(root);
    expect(parseTenantHost("devconf.localhost", DEV)).toEqual(tenant("devconf"));
  });

  it("treats loopback addresses as aliases of a localhost root", () => {
    expect(parseTenantHost("127.0.0.1:3000", DEV)).toEqual(root);
    expect(parseTenantHost("127.0.0.1", DEV)).toEqual(root);
    expect(parseTenantHost("127.1.2.3:3000", DEV)).toEqual(root);
    expect(parseTenantHost("[::1]:3000", DEV)).toEqual(root);
    expect(parseTenantHost("[::1]", DEV)).toEqual(root);
    expect(parseTenantHost("127.0.0.1:4000", DEV)).toEqual(unknown);
    expect(parseTenantHost("192.168.1.10:3000", DEV)).toEqual(unknown);
    expect(parseTenantHost("devconf.127.0.0.1:3000", DEV)).toEqual(unknown);
  });

  it("works with a localhost root without a port", () => {
    expect(parseTenantHost("devconf.localhost:3000", "localhost")).toEqual(tenant("devconf"));
    expect(parseTenantHost("devconf.localhost:4321", "localhost")).toEqual(tenant("devconf"));
    expect(parseTenantHost("127.0.0.1:4321", "localhost")).toEqual(root);
  });

  it("switches correctly between different roots (the root cache is keyed by its input)", () => {
    expect(parseTenantHost("devconf.localhost:3000", DEV)).toEqual(tenant("devconf"));
    expect(parseTenantHost("devconf.localhost:3000", PROD)).toEqual(unknown);
    expect(parseTenantHost("devconf.swagstand.app", PROD)).toEqual(tenant("devconf"));
    expect(parseTenantHost("devconf.swagstand.app", DEV)).toEqual(unknown);
  });
});

describe("parseTenantHost: Vercel preview deployments", () => {
  it.each([
    "swagstand-git-feature-x-acme.vercel.app",
    "swagstand-abc123-acme.vercel.app",
    "SWAGSTAND-ABC123-ACME.VERCEL.APP",
    "swagstand-abc123-acme.vercel.app:443",
    "swagstand.vercel.app.",
  ])("%s is the root (the dashboard works on previews)", (host) => {
    expect(parseTenantHost(host, PROD)).toEqual(root);
  });

  it("does not treat vercel.app itself or look-alikes as a preview", () => {
    expect(parseTenantHost("vercel.app", PROD)).toEqual(unknown);
    expect(parseTenantHost(".vercel.app", PROD)).toEqual(unknown);
    expect(parseTenantHost("evil-vercel.app", PROD)).toEqual(unknown);
    expect(parseTenantHost("x.vercel.app.evil.com", PROD)).toEqual(unknown);
  });

  it("still finds tenants when the root itself is a vercel.app name", () => {
    expect(parseTenantHost("devconf.swagstand.vercel.app", "swagstand.vercel.app")).toEqual(
      tenant("devconf"),
    );
  });
});

describe("parseTenantHost: slug rules", () => {
  const min = limits.eventSlugMinLength;
  const max = limits.eventSlugMaxLength;

  it("accepts slugs of the minimum and maximum length and rejects shorter or longer ones", () => {
    const shortest = "a".repeat(min);
    const longest = "b".repeat(max);
    expect(parseTenantHost(`${shortest}.swagstand.app`, PROD)).toEqual(tenant(shortest));
    expect(parseTenantHost(`${longest}.swagstand.app`, PROD)).toEqual(tenant(longest));
    expect(parseTenantHost(`${"a".repeat(min - 1)}.swagstand.app`, PROD)).toEqual(unknown);
    expect(parseTenantHost(`${"b".repeat(max + 1)}.swagstand.app`, PROD)).toEqual(unknown);
  });

  it.each(["-devconf", "devconf-", "-ab-", "---"])("rejects leading or trailing hyphens: %s", (label) => {
    expect(parseTenantHost(`${label}.swagstand.app`, PROD)).toEqual(unknown);
  });

  it("allows inner hyphens, including double ones away from positions 3-4", () => {
    expect(parseTenantHost("dev-conf.swagstand.app", PROD)).toEqual(tenant("dev-conf"));
    expect(parseTenantHost("devc--onf.swagstand.app", PROD)).toEqual(tenant("devc--onf"));
  });

  it("never treats IDN/punycode labels as tenants", () => {
    // "xn--caf-dma" is the A-label of "café": lowercase LDH, but the 3rd/4th-position hyphens reserve it.
    expect(parseTenantHost("xn--caf-dma.swagstand.app", PROD)).toEqual(unknown);
    expect(parseTenantHost("XN--CAF-DMA.swagstand.app", PROD)).toEqual(unknown);
    expect(parseTenantHost("ab--cd.swagstand.app", PROD)).toEqual(unknown);
    // Unicode hosts are never valid in a Host header (browsers send punycode).
    expect(parseTenantHost("café.swagstand.app", PROD)).toEqual(unknown);
    expect(parseTenantHost("devconf.swägstand.app", PROD)).toEqual(unknown);
    expect(parseTenantHost("ԁevconf.swagstand.app", PROD)).toEqual(unknown); // Cyrillic "d" look-alike
  });

  it("finds tenants under a punycode root domain", () => {
    expect(parseTenantHost("devconf.xn--swgstand-5za.app", "xn--swgstand-5za.app")).toEqual(
      tenant("devconf"),
    );
  });

  it("isValidTenantSlug agrees with the host parser", () => {
    expect(isValidTenantSlug("devconf")).toBe(true);
    expect(isValidTenantSlug("a1-b2")).toBe(true);
    expect(isValidTenantSlug("DevConf")).toBe(false);
    expect(isValidTenantSlug("dev.conf")).toBe(false);
    expect(isValidTenantSlug("dev_conf")).toBe(false);
    expect(isValidTenantSlug("xn--caf-dma")).toBe(false);
    expect(isValidTenantSlug("ab")).toBe(false);
    expect(isValidTenantSlug("")).toBe(false);
    expect(isValidTenantSlug("a".repeat(max + 1))).toBe(false);
  });
});

describe("parseTenantHost: reserved names", () => {
  it.each([
    "app",
    "api",
    "admin",
    "dashboard",
    "mail",
    "static",
    "assets",
    "cdn",
    "dev",
    "docs",
    "help",
    "status",
    "blog",
    "auth",
    "login",
    "support",
    "billing",
  ])("%s is reserved, not a tenant", (label) => {
    expect(parseTenantHost(`${label}.swagstand.app`, PROD)).toEqual(reserved(label));
    expect(parseTenantHost(`${label.toUpperCase()}.localhost:3000`, DEV)).toEqual(reserved(label));
  });

  it("reports reserved words even when they are shorter than a slug may be", () => {
    expect(parseTenantHost("mx.swagstand.app", PROD)).toEqual(reserved("mx"));
  });

  it("www is the root, not a reserved host", () => {
    expect(parseTenantHost("www.swagstand.app", PROD)).toEqual(root);
  });

  it("keeps every reserved word in lowercase slug form so the set lookup can match", () => {
    for (const word of RESERVED_SLUGS) expect(word).toMatch(/^[a-z0-9-]+$/);
    expect(isReservedSlug("API")).toBe(true);
    expect(isReservedSlug("devconf")).toBe(false);
  });
});

describe("parseTenantHost: an invalid root domain", () => {
  it.each(["", "https://swagstand.app", "swagstand.app/", "swag stand.app", "swagstand.app:x"])(
    "root %j makes every host unknown rather than guessing",
    (rootDomain) => {
      expect(parseTenantHost("devconf.swagstand.app", rootDomain)).toEqual(unknown);
      expect(parseTenantHost("swagstand.app", rootDomain)).toEqual(unknown);
    },
  );
});

describe("tenantRewritePath", () => {
  it.each([
    ["/", "/s/devconf"],
    ["", "/s/devconf"],
    ["/order", "/s/devconf/order"],
    ["/order/", "/s/devconf/order/"],
    ["/my-order/abc123", "/s/devconf/my-order/abc123"],
    ["/caf%C3%A9", "/s/devconf/caf%C3%A9"],
    ["order", "/s/devconf/order"],
  ])("%j -> %j", (pathname, expected) => {
    expect(tenantRewritePath("devconf", pathname)).toBe(expected);
  });
});

describe("isTenantInternalPath", () => {
  it.each([
    ["/s", true],
    ["/s/", true],
    ["/s/devconf", true],
    ["/s/devconf/order", true],
    ["/%73/devconf", true],
    ["/%2573/devconf", true],
    ["/s%2Fdevconf", true],
    ["/", false],
    ["/shop", false],
    ["/sx/devconf", false],
    ["/dashboard/s/devconf", false],
    ["/S/devconf", false],
    ["/%E0%A4%A", false],
  ])("%j -> %s", (pathname, expected) => {
    expect(isTenantInternalPath(pathname)).toBe(expected);
  });
});
