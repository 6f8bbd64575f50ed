// The SSRF guard's address classifier and its URL-level decision. No network:
// the resolver is a table, so nothing here sends a packet anywhere.
import { describe, expect, it } from "vitest";
import { classifyAddress, guardUrl, parseAllowlist, EMPTY_ALLOWLIST, type Lookup } from "@/lib/links/guard";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.0.1", "linkLocal"],
    ["169.254.169.254", "metadata"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.255", "carrierGradeNat"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["192.0.2.10", "reserved"],
    ["240.0.0.1", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["febf:ffff::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["fd00:ec2::254", "metadata"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "ipv4Mapped loopback"],
    ["::ffff:7f00:1", "ipv4Mapped loopback"],
    ["::ffff:10.1.2.3", "ipv4Mapped private"],
    ["::ffff:169.254.169.254", "ipv4Mapped metadata"],
    ["::ffff:192.168.0.1", "ipv4Mapped private"],
    ["64:ff9b::a00:1", "rfc6052"],
    ["not-an-address", "invalid"],
  ])("refuses %s (%s)", (address, range) => {
    expect(classifyAddress(address)).toStrictEqual({ range, blocked: true });
  });

  it.each(["8.8.8.8", "93.184.215.14", "172.15.255.255", "172.32.0.1", "100.63.255.255", "100.128.0.1", "169.253.255.255", "2606:4700::6810:85e5", "::ffff:8.8.8.8"])(
    "lets the public address %s through",
    (address) => {
      expect(classifyAddress(address)).toStrictEqual({ range: "unicast", blocked: false });
    },
  );
});

describe("guardUrl", () => {
  const table: Record<string, string[]> = {
    "public.test": ["93.184.215.14"],
    "rebind.test": ["93.184.215.14", "127.0.0.1"],
    "inside.test": ["10.0.0.7"],
    "v6.test": ["2606:4700::6810:85e5"],
    "mapped.test": ["::ffff:127.0.0.1"],
  };
  const looked: string[] = [];
  const lookup: Lookup = async (host) => {
    looked.push(host);
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  const guard = (url: string, allow = EMPTY_ALLOWLIST) => guardUrl(new URL(url), { allow, lookup });

  it.each([
    // WHATWG URL parsing turns every numeric spelling of an IPv4 address into a dotted quad before the guard looks.
    ["http://2130706433/", "127.0.0.1", "loopback"],
    ["http://0177.0.0.1/", "127.0.0.1", "loopback"],
    ["http://0x7f.0.0.1/", "127.0.0.1", "loopback"],
    ["http://0x7f000001/", "127.0.0.1", "loopback"],
    ["http://127.1/", "127.0.0.1", "loopback"],
    ["http://017700000001/", "127.0.0.1", "loopback"],
    ["http://3232235777/", "192.168.1.1", "private"],
    ["http://0xA9FEA9FE/latest/meta-data/", "169.254.169.254", "metadata"],
    ["http://[::1]:8080/", "::1", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1", "ipv4Mapped loopback"],
    ["http://[fd00:ec2::254]/", "fd00:ec2::254", "metadata"],
    ["http://0.0.0.0/", "0.0.0.0", "unspecified"],
  ])("blocks %s without a DNS query", async (url, address, range) => {
    looked.length = 0;
    const verdict = await guard(url);
    expect(verdict).toStrictEqual({ ok: false, blocked: true, reason: expect.stringContaining(`${address} (${range})`) });
    expect(looked).toEqual([]);
  });

  it("blocks a name when ANY of its addresses is off limits (a rebinding-style answer), and names that address", async () => {
    expect(await guard("https://rebind.test/page")).toStrictEqual({
      ok: false,
      blocked: true,
      reason: "rebind.test resolves to 127.0.0.1 (loopback): not contacted",
    });
    expect(await guard("https://inside.test/")).toMatchObject({ ok: false, blocked: true, reason: expect.stringContaining("10.0.0.7 (private)") });
    expect(await guard("https://mapped.test/")).toMatchObject({ ok: false, blocked: true, reason: expect.stringContaining("ipv4Mapped loopback") });
  });

  it("blocks localhost names without asking DNS", async () => {
    looked.length = 0;
    expect(await guard("http://localhost:3000/")).toMatchObject({ ok: false, blocked: true });
    expect(await guard("http://api.localhost/")).toMatchObject({ ok: false, blocked: true });
    expect(looked).toEqual([]);
  });

  it("answers the address to connect to for a public name (the caller pins it)", async () => {
    expect(await guard("https://public.test/x")).toStrictEqual({ ok: true, address: "93.184.215.14", family: 4 });
    expect(await guard("https://v6.test/x")).toStrictEqual({ ok: true, address: "2606:4700::6810:85e5", family: 6 });
    expect(await guard("http://93.184.215.14/")).toStrictEqual({ ok: true, address: "93.184.215.14", family: 4 });
  });

  it("reports a failed lookup as not blocked (the link is broken, not dangerous)", async () => {
    expect(await guard("https://nowhere.test/")).toStrictEqual({ ok: false, blocked: false, reason: "DNS lookup failed (ENOTFOUND)" });
  });

  it("refuses schemes other than http and https", async () => {
    for (const url of ["ftp://public.test/file", "file:///etc/passwd", "javascript:alert(1)", "gopher://public.test/"]) {
      expect(await guard(url)).toMatchObject({ ok: false, blocked: true, reason: expect.stringContaining("Only http and https") });
    }
  });

  it("exempts what LINK_CHECK_ALLOW lists: addresses, CIDR ranges and host names, nothing else", async () => {
    const allow = parseAllowlist(" 127.0.0.1, 10.0.0.0/8 ,Rebind.test");
    expect(await guard("http://127.0.0.1:8080/", allow)).toStrictEqual({ ok: true, address: "127.0.0.1", family: 4 });
    expect(await guard("http://2130706433/", allow)).toStrictEqual({ ok: true, address: "127.0.0.1", family: 4 });
    expect(await guard("https://inside.test/", allow)).toStrictEqual({ ok: true, address: "10.0.0.7", family: 4 });
    expect(await guard("https://rebind.test/", allow)).toStrictEqual({ ok: true, address: "93.184.215.14", family: 4 });
    expect(await guard("http://127.0.0.2/", allow)).toMatchObject({ ok: false, blocked: true, reason: expect.stringContaining("127.0.0.2 (loopback)") });
    expect(await guard("http://[::1]/", allow)).toMatchObject({ ok: false, blocked: true });
    expect(await guard("http://192.168.0.1/", allow)).toMatchObject({ ok: false, blocked: true });
  });

  it("parses an empty allowlist to nothing", () => {
    expect(parseAllowlist("")).toStrictEqual({ hosts: new Set(), ranges: [] });
    expect(parseAllowlist(" , ")).toStrictEqual({ hosts: new Set(), ranges: [] });
  });
});
