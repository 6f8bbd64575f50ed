import { describe, expect, it } from "vitest";
import { clientIp, CLIENT_IP_HEADER, normalizeAddress, resolveClientAddress, stampClientHeaders } from "@/lib/http/client-ip";

describe("resolveClientAddress", () => {
  it("without trusted proxies, uses the socket and ignores X-Forwarded-For whatever it says", () => {
    for (const forwardedFor of ["1.2.3.4", "1.2.3.4, 5.6.7.8", undefined, "not an ip"]) {
      expect(resolveClientAddress({ forwardedFor, socketAddress: "::ffff:203.0.113.9", trustedHops: 0 })).toBe("203.0.113.9");
    }
  });

  it("behind one proxy that overwrites the header, the client is the header's address", () => {
    expect(resolveClientAddress({ forwardedFor: "198.51.100.7", socketAddress: "127.0.0.1", trustedHops: 1 })).toBe("198.51.100.7");
  });

  it("behind one proxy that appends, entries the client wrote further left are ignored", () => {
    expect(resolveClientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7", socketAddress: "127.0.0.1", trustedHops: 1 })).toBe("198.51.100.7");
  });

  it("behind two proxies, the client is the second address from the right of header + socket", () => {
    expect(resolveClientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.2", socketAddress: "10.0.0.3", trustedHops: 2 })).toBe("198.51.100.7");
  });

  it("falls back to the socket when the trusted entry is garbage", () => {
    expect(resolveClientAddress({ forwardedFor: "<script>", socketAddress: "127.0.0.1", trustedHops: 1 })).toBe("127.0.0.1");
  });
});

describe("normalizeAddress and clientIp", () => {
  it("accepts IPv4, IPv6 and bracketed forms; refuses the rest", () => {
    expect(normalizeAddress("::1")).toBe("::1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(normalizeAddress("example.com")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });

  it("reads only the header the server stamps", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "192.0.2.1", "x-forwarded-for": "6.6.6.6" }))).toBe("192.0.2.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBeNull();
  });
});

describe("stampClientHeaders (what scripts/server.ts does to every request)", () => {
  it("without trusted proxies, overwrites a spoofed client header and X-Forwarded-*, whatever the client sent", () => {
    const headers: Record<string, string | string[] | undefined> = {
      [CLIENT_IP_HEADER]: "1.1.1.1",
      "x-forwarded-for": "6.6.6.6, 7.7.7.7",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
      host: "localhost:3000",
    };
    stampClientHeaders(headers, "::ffff:127.0.0.1", 0);
    expect(headers).toStrictEqual({ [CLIENT_IP_HEADER]: "127.0.0.1", "x-forwarded-for": "127.0.0.1", host: "localhost:3000" });
  });

  it("a new X-Forwarded-For on every request never changes the stamped address", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const headers: Record<string, string | string[] | undefined> = { "x-forwarded-for": `10.0.${i}.1` };
      stampClientHeaders(headers, "203.0.113.5", 0);
      seen.add(String(headers[CLIENT_IP_HEADER]));
    }
    expect([...seen]).toStrictEqual(["203.0.113.5"]);
  });

  it("behind one trusted proxy that overwrites the header, takes its address and keeps its -Proto/-Host", () => {
    const headers: Record<string, string | string[] | undefined> = { "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https", "x-forwarded-host": "waypoint.example" };
    stampClientHeaders(headers, "127.0.0.1", 1);
    expect(headers).toStrictEqual({ [CLIENT_IP_HEADER]: "198.51.100.7", "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https", "x-forwarded-host": "waypoint.example" });
  });
});
