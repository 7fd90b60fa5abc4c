import { describe, expect, it } from "vitest";
import {
  decideClientAddress,
  normaliseAddress,
  parseTrustedProxies,
  PEER_ADDRESS_HEADER,
  rateLimitSubject,
  UNKNOWN_CLIENT,
  type TrustedProxies,
} from "./client-address";

function proxies(value: string | undefined): TrustedProxies {
  const parsed = parseTrustedProxies(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.proxies;
}

function decide(
  headers: Record<string, string>,
  { trusted, onVercel = false }: { trusted?: string; onVercel?: boolean } = {},
) {
  return decideClientAddress({ headers: new Headers(headers), trustedProxies: proxies(trusted), onVercel });
}

describe("decideClientAddress without a trusted proxy (the default)", () => {
  it("is the socket's peer, whatever forwarding headers the client sent", () => {
    for (const spoofed of ["198.51.100.1", "10.0.0.1, 198.51.100.2", "garbage", ""]) {
      expect(
        decide({
          [PEER_ADDRESS_HEADER]: "203.0.113.9",
          "x-forwarded-for": spoofed,
          "x-real-ip": "192.0.2.1",
        }),
      ).toBe("203.0.113.9");
    }
  });

  it("rotating X-Forwarded-For values all come out as one client", () => {
    const seen = new Set(
      Array.from({ length: 50 }, (_, i) =>
        decide({ [PEER_ADDRESS_HEADER]: "::ffff:203.0.113.9", "x-forwarded-for": `198.51.100.${i}` }),
      ),
    );
    expect([...seen]).toEqual(["203.0.113.9"]);
  });

  it("is unknown (one shared counter, never the client's word) when the server did not record the peer", () => {
    expect(decide({ "x-forwarded-for": "198.51.100.1" })).toBe(UNKNOWN_CLIENT);
    expect(decide({})).toBe(UNKNOWN_CLIENT);
  });
});

describe("decideClientAddress behind a trusted proxy", () => {
  it("believes the proxy's entry: the rightmost address that is not one of ours", () => {
    expect(
      decide(
        { [PEER_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-for": "203.0.113.9" },
        { trusted: "10.0.0.0/8" },
      ),
    ).toBe("203.0.113.9");
  });

  it("ignores what the client wrote to the left of what our proxies appended", () => {
    expect(
      decide(
        { [PEER_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.9, 10.0.0.7" },
        { trusted: "10.0.0.0/8" },
      ),
    ).toBe("203.0.113.9");
  });

  it("does not believe forwarding headers from a peer that is not a configured proxy", () => {
    expect(
      decide(
        { [PEER_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1" },
        { trusted: "10.0.0.0/8" },
      ),
    ).toBe("203.0.113.9");
  });

  it("is the peer when a trusted proxy sent no X-Forwarded-For, and skips entries that are not addresses", () => {
    expect(decide({ [PEER_ADDRESS_HEADER]: "10.0.0.5" }, { trusted: "10.0.0.0/8" })).toBe("10.0.0.5");
    expect(
      decide(
        { [PEER_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-for": "not-an-ip, [2001:db8::1]:443" },
        { trusted: "10.0.0.0/8" },
      ),
    ).toBe("2001:db8::1");
  });

  it("trusts IPv6 ranges and IPv4-mapped peers", () => {
    expect(
      decide({ [PEER_ADDRESS_HEADER]: "::1", "x-forwarded-for": "203.0.113.9" }, { trusted: "::1" }),
    ).toBe("203.0.113.9");
    expect(
      decide(
        { [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1", "x-forwarded-for": "203.0.113.9" },
        { trusted: "127.0.0.1" },
      ),
    ).toBe("203.0.113.9");
  });
});

describe("decideClientAddress on Vercel", () => {
  it("uses the X-Forwarded-For Vercel overwrote, and needs no peer header", () => {
    expect(decide({ "x-forwarded-for": "203.0.113.9" }, { onVercel: true })).toBe("203.0.113.9");
    expect(decide({ "x-real-ip": "203.0.113.9" }, { onVercel: true })).toBe("203.0.113.9");
    expect(decide({}, { onVercel: true })).toBe(UNKNOWN_CLIENT);
  });
});

describe("parseTrustedProxies", () => {
  it("reads addresses and CIDR ranges of both families, and nothing as nobody", () => {
    const list = proxies(" 10.0.0.0/8, 192.168.1.1 ,2001:db8::/32");
    expect(list.has("10.200.3.4")).toBe(true);
    expect(list.has("192.168.1.1")).toBe(true);
    expect(list.has("192.168.1.2")).toBe(false);
    expect(list.has("2001:db8:1::9")).toBe(true);
    expect(list.has("2001:db9::9")).toBe(false);
    expect(list.has("not an address")).toBe(false);
    expect(proxies(undefined).has("127.0.0.1")).toBe(false);
    expect(proxies("").has("127.0.0.1")).toBe(false);
  });

  it("refuses what it cannot read, naming the entry", () => {
    for (const bad of ["10.0.0.0/33", "localhost", "10.0.0.0/8/1", "1.2.3", "::1/129", "10.0.0.0/x"]) {
      const parsed = parseTrustedProxies(`127.0.0.1, ${bad}`);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toContain(bad);
    }
  });
});

describe("normaliseAddress and rateLimitSubject", () => {
  it("spells one address one way", () => {
    expect(normaliseAddress("::FFFF:203.0.113.9")).toBe("203.0.113.9");
    expect(normaliseAddress(" 203.0.113.9:5123 ")).toBe("203.0.113.9");
    expect(normaliseAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normaliseAddress("203.0.113.9; drop table")).toBeNull();
  });

  it("counts an IPv6 client by its /64, an IPv4 client by its address", () => {
    expect(rateLimitSubject("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitSubject("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(rateLimitSubject("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitSubject("203.0.113.9")).toBe("203.0.113.9");
  });
});
