// The link checker's SSRF guard: which addresses it may connect to. A URL's
// host is resolved here (every address DNS gives), and the check is refused
// when ANY of them is not ordinary public unicast: a name that resolves to one
// public and one private address must not get a chance to reach the private
// one. The caller then connects to the very address checked (no second DNS
// lookup a rebinding server could answer differently) and asks again for
// every redirect hop.
import { lookup as dnsLookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** Resolves a host name to every address it has (dns.lookup, `all`); injectable so tests never query a real resolver. */
export type Lookup = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemLookup: Lookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

/**
 * What an address is, by ipaddr.js's special ranges: "unicast" (public, may
 * be contacted) or the name of the range that makes it off limits
 * ("loopback", "private", "linkLocal", "uniqueLocal", "carrierGradeNat",
 * "unspecified", "broadcast", "multicast", "reserved", …). An IPv4-mapped
 * IPv6 address (::ffff:127.0.0.1) is judged by the IPv4 address inside it.
 * Anything that does not parse is "invalid".
 */
export function classifyAddress(address: string): { range: string; blocked: boolean } {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ""));
  } catch {
    return { range: "invalid", blocked: true };
  }
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    const inner = classifyAddress((parsed as ipaddr.IPv6).toIPv4Address().toString());
    return { range: inner.blocked ? `ipv4Mapped ${inner.range}` : inner.range, blocked: inner.blocked };
  }
  // Cloud metadata endpoints are link-local (169.254.169.254) or unique-local
  // (fd00:ec2::254) and so already refused; named here for a clearer report.
  const text = parsed.toNormalizedString();
  if (text === "169.254.169.254" || parsed.toString() === "fd00:ec2::254") return { range: "metadata", blocked: true };
  const range = parsed.range();
  return { range, blocked: range !== "unicast" };
}

/** LINK_CHECK_ALLOW parsed: host names, and addresses or CIDR ranges, exempt from the guard. */
export type Allowlist = { hosts: Set<string>; ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> };

/** Parses a comma-separated list of hosts, addresses and CIDR ranges ("127.0.0.1, localhost, 10.1.0.0/16"). */
export function parseAllowlist(text: string): Allowlist {
  const allow: Allowlist = { hosts: new Set(), ranges: [] };
  for (const entry of text.split(",").map((part) => part.trim().toLowerCase()).filter(Boolean)) {
    const bare = entry.replace(/^\[|\]$/g, "");
    if (bare.includes("/") && ipaddr.isValidCIDR(bare)) allow.ranges.push(ipaddr.parseCIDR(bare));
    else if (ipaddr.isValid(bare)) {
      const address = ipaddr.parse(bare);
      allow.ranges.push([address, address.kind() === "ipv4" ? 32 : 128]);
    } else allow.hosts.add(bare);
  }
  return allow;
}

export const EMPTY_ALLOWLIST: Allowlist = { hosts: new Set(), ranges: [] };

function allowedAddress(allow: Allowlist, address: string): boolean {
  const parsed = ipaddr.process(address);
  return allow.ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits));
}

export type GuardVerdict =
  | { ok: true; address: string; family: 4 | 6 }
  | { ok: false; blocked: true; reason: string }
  | { ok: false; blocked: false; reason: string };

/**
 * Decides whether `url` may be contacted and on which address. The host is
 * taken from WHATWG URL parsing, which already turned decimal, octal and hex
 * IPv4 forms (`http://2130706433/`, `http://0177.0.0.1/`) into dotted quads.
 * Blocked: a listed reason; DNS failure: `blocked: false` (the link is broken,
 * not dangerous).
 */
export async function guardUrl(url: URL, { allow, lookup }: { allow: Allowlist; lookup: Lookup }): Promise<GuardVerdict> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, blocked: true, reason: `Only http and https links are checked (${url.protocol})` };
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const hostAllowed = allow.hosts.has(host);
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  } else if (!hostAllowed && (host === "localhost" || host.endsWith(".localhost"))) {
    return { ok: false, blocked: true, reason: `${host} names this machine` };
  } else {
    try {
      addresses = await lookup(host);
    } catch (error) {
      return { ok: false, blocked: false, reason: `DNS lookup failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
    if (addresses.length === 0) return { ok: false, blocked: false, reason: "DNS lookup found no address" };
  }
  for (const { address } of addresses) {
    if (hostAllowed || allowedAddress(allow, address)) continue;
    const { range, blocked } = classifyAddress(address);
    if (blocked) return { ok: false, blocked: true, reason: `${host} resolves to ${address} (${range}): not contacted` };
  }
  const first = addresses[0]!;
  return { ok: true, address: first.address, family: first.family };
}
