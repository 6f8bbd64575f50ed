// The link checker against real HTTP servers on loopback: every outcome,
// figure and hop it reports, retries and Retry-After, HEAD refused, a request
// that never answers, and a redirect to a loopback address outside the
// allowlist, which must be BLOCKED and never contacted. Then 2,000 URLs on 20
// hosts within the per-host limit. No traffic leaves 127.0.0.0/8: URLs use
// addresses, and the one host name is resolved by a table, not by DNS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkChecker } from "@/lib/links/checker";
import { parseAllowlist, type Lookup } from "@/lib/links/guard";
import { forEachConcurrent, interleaveByHost } from "@/lib/links/limits";
import type { LinkCheckResult } from "@/lib/links/schema";
import { answer, redirect, startLinkServer, type LinkServer } from "@/tests/support/link-servers";

let site: LinkServer;
let outside: LinkServer;

const TIMEOUT_MS = 400;
const BACKOFF_MS = 20;
const RETRY_AFTER_CAP_MS = 1200;

beforeAll(async () => {
  // 127.0.0.2 is loopback too, but not on the allowlist: the guard must keep the checker away from it.
  outside = await startLinkServer("127.0.0.2", { "/secret": answer(200) });
  site = await startLinkServer("127.0.0.1", {
    "/ok": answer(200),
    "/moved": redirect(301, "/ok"),
    "/moved-308": redirect(308, "/ok"),
    "/chain": redirect(302, "/chain/2"),
    "/chain/2": redirect(307, "/chain/3"),
    "/chain/3": redirect(303, "/ok"),
    "/moved-then-temporary": redirect(301, "/chain/3"),
    "/loop-a": redirect(302, "/loop-b"),
    "/loop-b": redirect(302, "/loop-a"),
    "/missing": answer(404),
    "/gone": answer(410),
    "/busy": (req, res, hits) => (hits === 0 ? answer(429, { "Retry-After": "1" })(req, res, hits) : answer(200)(req, res, hits)),
    "/busy-for-an-hour": answer(429, { "Retry-After": "3600" }),
    "/flaky": (req, res, hits) => answer(hits === 0 ? 500 : 200)(req, res, hits),
    "/down": answer(503),
    "/no-head": (req, res, hits) => answer(req.method === "HEAD" ? 405 : 200)(req, res, hits),
    "/hang": () => undefined, // accepts the request and never answers
    "/escape": (req, res, hits) => redirect(302, `${outside.origin}/secret`)(req, res, hits),
    "/escape-decimal": redirect(302, "http://2130706434/secret"), // 127.0.0.2 spelled as one number
    ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`/hop/${i}`, redirect(302, i === 10 ? "/ok" : `/hop/${i + 1}`)])),
  });
});

afterAll(async () => {
  await Promise.all([site?.close(), outside?.close()]);
});

const checker = () =>
  createLinkChecker({
    allow: parseAllowlist("127.0.0.1"),
    timeoutMs: TIMEOUT_MS,
    backoffMs: BACKOFF_MS,
    maxRetryAfterMs: RETRY_AFTER_CAP_MS,
    retries: 2,
  });

const check = (path: string) => checker().check(`${site.origin}${path}`);

/** The result without its timing fields, which the test asserts separately. */
const figures = ({ ms, checkedAt, ...rest }: LinkCheckResult) => {
  expect(ms).toBeGreaterThanOrEqual(0);
  expect(checkedAt).toBeInstanceOf(Date);
  return rest;
};

describe("createLinkChecker().check", () => {
  it("200: OK, with a browser-like User-Agent and one HEAD request", async () => {
    const before = site.hits("/ok").length;
    expect(figures(await check("/ok"))).toStrictEqual({
      url: `${site.origin}/ok`,
      outcome: "OK",
      httpStatus: 200,
      finalUrl: `${site.origin}/ok`,
      redirects: [],
      error: null,
    });
    const seen = site.hits("/ok").slice(before);
    expect(seen.map((r) => r.method)).toEqual(["HEAD"]);
    expect(seen[0]!.userAgent).toMatch(/^Mozilla\/5\.0 .*Chrome\/[\d.]+ Safari/);
    expect(seen[0]!.host).toBe(`127.0.0.1:${site.port}`);
  });

  it("301 → 200 and 308 → 200: REDIRECTED, suggesting the final URL", async () => {
    for (const [path, status] of [["/moved", 301], ["/moved-308", 308]] as const) {
      expect(figures(await check(path))).toStrictEqual({
        url: `${site.origin}${path}`,
        outcome: "REDIRECTED",
        httpStatus: 200,
        finalUrl: `${site.origin}/ok`,
        redirects: [{ url: `${site.origin}${path}`, status }],
        error: null,
      });
    }
  });

  it("a chain of temporary redirects (302, 307, 303) ending in 200: OK, every hop recorded in order", async () => {
    expect(figures(await check("/chain"))).toStrictEqual({
      url: `${site.origin}/chain`,
      outcome: "OK",
      httpStatus: 200,
      finalUrl: `${site.origin}/ok`,
      redirects: [
        { url: `${site.origin}/chain`, status: 302 },
        { url: `${site.origin}/chain/2`, status: 307 },
        { url: `${site.origin}/chain/3`, status: 303 },
      ],
      error: null,
    });
    expect((await check("/moved-then-temporary")).outcome).toBe("REDIRECTED");
  });

  it("a redirect loop: BROKEN, the loop named", async () => {
    expect(figures(await check("/loop-a"))).toStrictEqual({
      url: `${site.origin}/loop-a`,
      outcome: "BROKEN",
      httpStatus: 302,
      finalUrl: `${site.origin}/loop-a`,
      redirects: [
        { url: `${site.origin}/loop-a`, status: 302 },
        { url: `${site.origin}/loop-b`, status: 302 },
      ],
      error: "Redirect loop",
    });
  });

  it("follows at most 10 redirects", async () => {
    const ten = await check("/hop/1");
    expect([ten.outcome, ten.redirects.length, ten.finalUrl]).toEqual(["OK", 10, `${site.origin}/ok`]);
    const eleven = await check("/hop/0");
    expect(figures(eleven)).toMatchObject({ outcome: "BROKEN", httpStatus: 302, error: "More than 10 redirects", finalUrl: `${site.origin}/ok` });
    expect(eleven.redirects).toHaveLength(11);
  });

  it("404 and 410: BROKEN with the status, not retried", async () => {
    for (const [path, status] of [["/missing", 404], ["/gone", 410]] as const) {
      const before = site.hits(path).length;
      expect(figures(await check(path))).toStrictEqual({
        url: `${site.origin}${path}`,
        outcome: "BROKEN",
        httpStatus: status,
        finalUrl: `${site.origin}${path}`,
        redirects: [],
        error: `HTTP ${status}`,
      });
      // One HEAD: a 404 or 410 is an answer about the page, not a refusal of HEAD.
      expect(site.hits(path).slice(before).map((r) => r.method)).toEqual(["HEAD"]);
    }
  });

  it("429 with Retry-After: 1 is retried no sooner than a second later, then OK", async () => {
    const result = await check("/busy");
    expect(figures(result)).toMatchObject({ outcome: "OK", httpStatus: 200, error: null });
    const [first, second] = site.hits("/busy");
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000 - 5);
    expect(site.hits("/busy")).toHaveLength(2);
  });

  it("a Retry-After of an hour is capped; after the retries the link is BROKEN with 429", async () => {
    const result = await check("/busy-for-an-hour");
    expect(figures(result)).toStrictEqual({
      url: `${site.origin}/busy-for-an-hour`,
      outcome: "BROKEN",
      httpStatus: 429,
      finalUrl: `${site.origin}/busy-for-an-hour`,
      redirects: [],
      error: "HTTP 429 after 3 attempts",
    });
    const hits = site.hits("/busy-for-an-hour");
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.at - hits[i - 1]!.at).toBeGreaterThanOrEqual(RETRY_AFTER_CAP_MS - 5);
  });

  it("500 then 200: retried after a backoff, OK", async () => {
    expect(figures(await check("/flaky"))).toMatchObject({ outcome: "OK", httpStatus: 200, error: null, redirects: [] });
    expect(site.hits("/flaky").map((r) => r.method)).toEqual(["HEAD", "HEAD"]);
  });

  it("a 503 that stays: BROKEN after 3 attempts, with backoff doubling between them", async () => {
    expect(figures(await check("/down"))).toMatchObject({ outcome: "BROKEN", httpStatus: 503, error: "HTTP 503 after 3 attempts" });
    const hits = site.hits("/down");
    expect(hits).toHaveLength(3);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(BACKOFF_MS - 5);
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(2 * BACKOFF_MS - 5);
  });

  it("a server refusing HEAD (405) is asked again with GET: OK", async () => {
    expect(figures(await check("/no-head"))).toMatchObject({ outcome: "OK", httpStatus: 200, error: null });
    expect(site.hits("/no-head").map((r) => r.method)).toEqual(["HEAD", "GET"]);
  });

  it("a response that never comes: BROKEN as a timeout, after the retries", async () => {
    const result = await check("/hang");
    expect(figures(result)).toStrictEqual({
      url: `${site.origin}/hang`,
      outcome: "BROKEN",
      httpStatus: null,
      finalUrl: `${site.origin}/hang`,
      redirects: [],
      error: `Timed out: no response within ${TIMEOUT_MS / 1000} s`,
    });
    expect(result.ms).toBeGreaterThanOrEqual(3 * TIMEOUT_MS);
    expect(site.hits("/hang")).toHaveLength(3);
  });

  it("a redirect to 127.0.0.2 (not allowed) is BLOCKED and 127.0.0.2 never sees a connection", async () => {
    for (const [path, target] of [["/escape", `${outside.origin}/secret`], ["/escape-decimal", "http://127.0.0.2/secret"]] as const) {
      expect(figures(await check(path))).toStrictEqual({
        url: `${site.origin}${path}`,
        outcome: "BLOCKED",
        httpStatus: null,
        finalUrl: target,
        redirects: [{ url: `${site.origin}${path}`, status: 302 }],
        error: "127.0.0.2 resolves to 127.0.0.2 (loopback): not contacted",
      });
    }
    expect(figures(await checker().check(`${outside.origin}/secret`))).toMatchObject({ outcome: "BLOCKED", redirects: [] });
    expect(outside.connections).toBe(0);
    expect(outside.requests).toEqual([]);
  });

  it("connects to the address it checked: a second, different DNS answer (rebinding) is never asked for", async () => {
    const answers = ["127.0.0.1", "127.0.0.2"];
    const asked: string[] = [];
    const lookup: Lookup = async (host) => {
      asked.push(host);
      return [{ address: answers.shift() ?? "127.0.0.2", family: 4 }];
    };
    const result = await createLinkChecker({ allow: parseAllowlist("127.0.0.1"), timeoutMs: TIMEOUT_MS, lookup }).check(`http://rebind.test:${site.port}/no-head`);
    expect(result).toMatchObject({ outcome: "OK", httpStatus: 200 });
    expect(asked).toEqual(["rebind.test"]);
    // Both requests (HEAD, then GET) went to the checked address, named by the URL's host.
    expect(site.hits("/no-head").slice(-2).map((r) => [r.method, r.host])).toEqual([
      ["HEAD", `rebind.test:${site.port}`],
      ["GET", `rebind.test:${site.port}`],
    ]);
    expect(outside.connections).toBe(0);
  });

  it("asks the guard again on every hop of a redirect to a name", async () => {
    const asked: string[] = [];
    const lookup: Lookup = async (host) => (asked.push(host), [{ address: host === "first.test" ? "127.0.0.1" : "127.0.0.2", family: 4 }]);
    const local = await startLinkServer("127.0.0.1", { "/": redirect(301, `http://second.test:${outside.port}/secret`) });
    try {
      const result = await createLinkChecker({ allow: parseAllowlist("127.0.0.1"), lookup }).check(`http://first.test:${local.port}/`);
      expect(result).toMatchObject({ outcome: "BLOCKED", error: "second.test resolves to 127.0.0.2 (loopback): not contacted" });
      expect(asked).toEqual(["first.test", "second.test"]);
      expect(outside.connections).toBe(0);
    } finally {
      await local.close();
    }
  });
});

describe("a run over 2,000 URLs on 20 hosts", () => {
  const HOSTS = 20;
  const PER_HOST = 100;
  const LIMIT = 2;
  const LANES = 64;
  let servers: LinkServer[] = [];

  beforeAll(async () => {
    // Each answer takes a few milliseconds, so requests to one host would overlap if nothing held them back.
    const slow = (_req: unknown, res: { writeHead: (s: number) => { end: () => void } }) => void setTimeout(() => res.writeHead(200).end(), 3);
    servers = await Promise.all(
      Array.from({ length: HOSTS }, (_, i) =>
        startLinkServer(`127.0.0.${i + 1}`, Object.fromEntries(Array.from({ length: PER_HOST }, (_, p) => [`/page/${p}`, slow as never]))),
      ),
    );
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it(`checks every URL once and never has more than ${LIMIT} connections open to one host`, async () => {
    const urls = servers.flatMap((server) => Array.from({ length: PER_HOST }, (_, p) => `${server.origin}/page/${p}`));
    const run = createLinkChecker({ allow: parseAllowlist(`127.0.0.0/27`), perHost: LIMIT, timeoutMs: 10_000 });
    const outcomes = new Map<string, number>();
    const started = performance.now();
    // More lanes than hosts × limit, so requests queue on every host and the limit has to hold them back.
    await forEachConcurrent(interleaveByHost(urls), LANES, async (url) => {
      const { outcome } = await run.check(url);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`[links] 2,000 URLs on 20 hosts, ${LIMIT} per host, ${LANES} lanes: ${seconds.toFixed(2)} s`);

    expect(Object.fromEntries(outcomes)).toStrictEqual({ OK: HOSTS * PER_HOST });
    for (const server of servers) {
      expect(server.requests).toHaveLength(PER_HOST);
      expect(server.connections).toBe(PER_HOST);
      expect(server.maxConcurrent).toBeGreaterThanOrEqual(1);
      expect(server.maxConcurrent).toBeLessThanOrEqual(LIMIT);
    }
    // The limit was reached (so it is what held the rest back), on every host.
    for (const server of servers) expect(server.maxConcurrent).toBe(LIMIT);
  });
});
