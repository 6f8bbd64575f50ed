// Which address a request came from. Decided once, in the HTTP server
// (scripts/server.ts), from the socket and — only when configured to trust
// that many proxies — the X-Forwarded-For chain; the app then reads the
// header the server stamped, which no client can set (the server overwrites it).
import ipaddr from "ipaddr.js";

/** Set by scripts/server.ts on every request; any value the client sent is replaced. */
export const CLIENT_IP_HEADER = "x-waypoint-client-ip";

/** "::ffff:127.0.0.1" → "127.0.0.1"; anything that is not an address → null. */
export function normalizeAddress(value: string | undefined | null): string | null {
  const trimmed = value?.trim().replace(/^\[|\]$/g, "");
  if (!trimmed || !ipaddr.isValid(trimmed)) return null;
  const address = ipaddr.parse(trimmed);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address().toString();
  }
  return address.toString();
}

/**
 * The client's address. With `trustedHops` = 0 it is the socket's peer and
 * X-Forwarded-For is ignored (a client can write anything there). With N
 * trusted proxies in front, each appending (or setting) the address it saw,
 * the client is the N-th address from the right of the chain
 * `X-Forwarded-For + socket`; entries further left were written by the
 * client and are never used.
 */
export function resolveClientAddress({
  forwardedFor,
  socketAddress,
  trustedHops,
}: {
  forwardedFor: string | string[] | undefined;
  socketAddress: string | undefined;
  trustedHops: number;
}): string | null {
  const socket = normalizeAddress(socketAddress);
  if (trustedHops <= 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map((entry) => entry.trim()).filter(Boolean), socket ?? ""];
  const index = chain.length - 1 - trustedHops;
  // Fewer entries than trusted proxies: the request did not come through all of them.
  return normalizeAddress(chain[Math.max(index, 0)]) ?? socket;
}

/** Node's incoming headers, as scripts/server.ts receives them. */
type IncomingHeaders = Record<string, string | string[] | undefined>;

/**
 * Replaces what the client said about itself with what the server knows
 * (scripts/server.ts calls it on every request, before Next sees it): the
 * stamped client address, X-Forwarded-For reduced to it, and — unless a
 * proxy is trusted — no client-written X-Forwarded-Host/-Proto/-Port.
 */
export function stampClientHeaders(headers: IncomingHeaders, socketAddress: string | undefined, trustedHops: number): void {
  const client = resolveClientAddress({ forwardedFor: headers["x-forwarded-for"], socketAddress, trustedHops });
  headers[CLIENT_IP_HEADER] = client ?? "";
  if (client) headers["x-forwarded-for"] = client;
  else delete headers["x-forwarded-for"];
  if (trustedHops === 0) {
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-port"];
  }
}

/** The client address the server stamped on a request (null outside scripts/server.ts, e.g. `next dev`). */
export function clientIp(headers: Headers): string | null {
  return normalizeAddress(headers.get(CLIENT_IP_HEADER));
}
