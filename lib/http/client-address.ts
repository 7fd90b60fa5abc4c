import { BlockList, isIP } from "node:net";

/**
 * The one place that decides which client a request came from (ARCHITECTURE decision 12), for every rate
 * limit. Pure: the request's headers and the configuration in, an address out.
 *
 * Forwarding headers are believed only from someone we trust to have written them:
 * - On Vercel, the platform overwrites X-Forwarded-For with the address it saw, so its first entry is the
 *   client.
 * - Elsewhere the socket's peer is the only thing a client cannot choose. Next does not expose it to server
 *   actions (it copies it into X-Forwarded-For only when the client sent none), so the server process records
 *   it in PEER_ADDRESS_HEADER, overwriting any copy a client sent (scripts/peer-address.mjs, loaded by
 *   `npm start` and `npm run dev`). When that peer is a configured proxy (TRUSTED_PROXY), X-Forwarded-For is
 *   read from the right, skipping our own proxies: the first address no proxy of ours vouches for is the
 *   client, and whatever a client wrote further left is ignored.
 */

/** Written by scripts/peer-address.mjs on every request; keep the two names equal. */
export const PEER_ADDRESS_HEADER = "x-swagstand-peer-address";

/** When there is no trustworthy address at all (a server started without the peer-address preload). */
export const UNKNOWN_CLIENT = "unknown";

export type TrustedProxies = { has(address: string): boolean };

const NOBODY: TrustedProxies = { has: () => false };

/**
 * Parses TRUSTED_PROXY: comma-separated addresses and CIDR ranges, IPv4 or IPv6 (`10.0.0.0/8, ::1`).
 * Unset or empty: no proxy is trusted. Anything unreadable is an error naming the entry, so a typo cannot
 * silently turn trust off (or on).
 */
export function parseTrustedProxies(
  value: string | undefined,
): { ok: true; proxies: TrustedProxies } | { ok: false; message: string } {
  const entries = (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return { ok: true, proxies: NOBODY };
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      extra !== undefined ||
      (bits !== undefined && (!/^\d{1,3}$/.test(prefix!) || bits > maxBits))
    ) {
      return { ok: false, message: `"${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8)` };
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    ok: true,
    proxies: {
      has: (address) => {
        const family = isIP(address);
        return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
      },
    },
  };
}

export interface ClientAddressInput {
  headers: { get(name: string): string | null };
  trustedProxies: TrustedProxies;
  /** Running on Vercel (its VERCEL=1). */
  onVercel: boolean;
}

/** The client's address, normalised (IPv4-mapped IPv6 as IPv4, IPv6 lower case), or UNKNOWN_CLIENT. */
export function decideClientAddress({ headers, trustedProxies, onVercel }: ClientAddressInput): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map(normaliseAddress)
    .filter((a): a is string => a !== null);
  if (onVercel) return forwarded[0] ?? normaliseAddress(headers.get("x-real-ip")) ?? UNKNOWN_CLIENT;

  const peer = normaliseAddress(headers.get(PEER_ADDRESS_HEADER));
  if (!peer) return UNKNOWN_CLIENT;
  if (!trustedProxies.has(peer)) return peer;
  // From the right: each of our proxies appended the address it received the request from.
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!trustedProxies.has(forwarded[i]!)) return forwarded[i]!;
  }
  // Every hop is ours (a health check from inside, say): the furthest one we know of.
  return forwarded[0] ?? peer;
}

/** An address as one spelling, or null when it is not an IP address (garbage is never a client). */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // Some proxies write a port: "203.0.113.7:5123", "[2001:db8::1]:443".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const family = isIP(value);
  if (family === 4) return value;
  if (family !== 6) return null;
  const lower = value.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(lower);
  return mapped ? mapped[1]! : lower;
}

/**
 * The rate-limit subject for an address: an IPv4 address itself, an IPv6 address's /64 network. One IPv6
 * subscriber usually gets a whole /64, so counting single addresses would let one phone rotate through
 * billions of them.
 */
export function rateLimitSubject(address: string): string {
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const part = (s: string) => (s ? s.split(":") : []);
  let left = part(head);
  let right = tail === undefined ? [] : part(tail);
  // An embedded IPv4 tail (::ffff:1.2.3.4 style) counts as two groups; only the first four matter here.
  const toGroups = (groups: string[]) =>
    groups.flatMap((g) => (g.includes(".") ? ["0", "0"] : [g.replace(/^0+(?=.)/, "")]));
  left = toGroups(left);
  right = toGroups(right);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => "0"), ...right];
}
