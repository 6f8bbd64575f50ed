import { describe, expect, it } from "vitest";
import { clientIp, CLIENT_IP_HEADER, normalizeAddress, resolveClientAddress } from "@/lib/http/client-ip";

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
