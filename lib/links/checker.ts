// Checks one URL the way lychee does: HEAD first, GET when a server refuses
// HEAD; redirects followed by hand (each hop recorded, loops and chains longer
// than 10 refused); a timeout per request; retries with backoff on 5xx, 429,
// timeouts and dropped connections (honouring a capped Retry-After); at most a
// few requests at once per host; a browser-like User-Agent. Every hop passes
// the SSRF guard first (lib/links/guard.ts): a blocked hop is never contacted.
import { exchange, RequestTimeoutError, type Exchange } from "@/lib/links/http";
import { EMPTY_ALLOWLIST, guardUrl, systemLookup, type Allowlist, type Lookup } from "@/lib/links/guard";
import { KeyedLimiter } from "@/lib/links/limits";
import type { LinkCheckResult, LinkOutcome, RedirectHop } from "@/lib/links/schema";

export type CheckerOptions = {
  /** Per request (connect + response headers). lychee's default is 20 s. */
  timeoutMs: number;
  /** Extra attempts after a 5xx, 429, timeout or dropped connection. */
  retries: number;
  /** First backoff delay; doubles with each retry. */
  backoffMs: number;
  /** Cap on a server's Retry-After, so one host cannot stall a run for hours. */
  maxRetryAfterMs: number;
  maxRedirects: number;
  /** Requests in flight at once per host name. */
  perHost: number;
  allow: Allowlist;
  lookup: Lookup;
  userAgent: string;
};

export const DEFAULT_CHECKER_OPTIONS: CheckerOptions = {
  timeoutMs: 20_000,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
  maxRedirects: 10,
  perHost: 2,
  allow: EMPTY_ALLOWLIST,
  lookup: systemLookup,
  // Some sites answer 403 to anything that does not look like a browser.
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Waypoint-LinkCheck/1.0",
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);
/** Answers by which servers refuse HEAD itself rather than the page: ask again with GET. */
const HEAD_REFUSED = new Set([400, 403, 405, 406, 501]);
const retryable = (status: number) => status === 429 || status >= 500;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

/** Retry-After as milliseconds (delta seconds or an HTTP date), or null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function describe(error: unknown): string {
  if (error instanceof RequestTimeoutError) return `Timed out: ${error.message}`;
  const code = (error as NodeJS.ErrnoException)?.code;
  return code ? `Connection failed (${code})` : `Connection failed (${(error as Error)?.message ?? "unknown error"})`;
}

/** A link checker with its own per-host limits; share one across a run so the limits hold for the whole run. */
export function createLinkChecker(overrides: Partial<CheckerOptions> = {}) {
  const options = { ...DEFAULT_CHECKER_OPTIONS, ...overrides };
  const hosts = new KeyedLimiter(options.perHost);

  /** One hop: HEAD (then GET if refused), retried on transient failures. Throws the last error when every attempt failed. */
  async function fetchHop(url: URL, address: string, family: 4 | 6, signal?: AbortSignal): Promise<Exchange> {
    const send = (method: "HEAD" | "GET") =>
      hosts.run(url.hostname, () => exchange(url, { method, address, family, timeoutMs: options.timeoutMs, userAgent: options.userAgent, signal }));
    for (let attempt = 0; ; attempt++) {
      let wait: number;
      try {
        let answer = await send("HEAD");
        if (HEAD_REFUSED.has(answer.status)) answer = await send("GET");
        if (!retryable(answer.status) || attempt >= options.retries) return answer;
        const asked = parseRetryAfter(answer.retryAfter);
        wait = asked === null ? options.backoffMs * 2 ** attempt : Math.min(asked, options.maxRetryAfterMs);
      } catch (error) {
        if (signal?.aborted || attempt >= options.retries) throw error;
        wait = options.backoffMs * 2 ** attempt;
      }
      await sleep(wait, signal);
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
    }
  }

  /** Checks `rawUrl`; never throws for network trouble (it becomes BROKEN), only when `signal` aborts. */
  async function check(rawUrl: string, signal?: AbortSignal): Promise<LinkCheckResult> {
    const started = Date.now();
    const redirects: RedirectHop[] = [];
    const result = (outcome: LinkOutcome, fields: { httpStatus?: number | null; finalUrl?: string | null; error?: string | null }) => ({
      url: rawUrl,
      outcome,
      httpStatus: fields.httpStatus ?? null,
      finalUrl: fields.finalUrl ?? null,
      redirects,
      error: fields.error ?? null,
      ms: Date.now() - started,
      checkedAt: new Date(),
    });

    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return result("BROKEN", { error: "Not a valid URL" });
    }
    const seen = new Set([url.href]);
    for (;;) {
      const verdict = await guardUrl(url, options);
      if (!verdict.ok) return result(verdict.blocked ? "BLOCKED" : "BROKEN", { finalUrl: url.href, error: verdict.reason });
      let answer: Exchange;
      try {
        answer = await fetchHop(url, verdict.address, verdict.family, signal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        return result("BROKEN", { finalUrl: url.href, error: describe(error) });
      }
      if (REDIRECTS.has(answer.status) && answer.location) {
        redirects.push({ url: url.href, status: answer.status });
        let next: URL;
        try {
          next = new URL(answer.location, url);
        } catch {
          return result("BROKEN", { httpStatus: answer.status, finalUrl: url.href, error: `Redirect to an invalid URL (${answer.location.slice(0, 200)})` });
        }
        if (seen.has(next.href)) return result("BROKEN", { httpStatus: answer.status, finalUrl: next.href, error: "Redirect loop" });
        if (redirects.length > options.maxRedirects) {
          return result("BROKEN", { httpStatus: answer.status, finalUrl: next.href, error: `More than ${options.maxRedirects} redirects` });
        }
        seen.add(next.href);
        url = next;
        continue;
      }
      if (answer.status >= 400) {
        const error = retryable(answer.status) ? `HTTP ${answer.status} after ${options.retries + 1} attempts` : `HTTP ${answer.status}`;
        return result("BROKEN", { httpStatus: answer.status, finalUrl: url.href, error });
      }
      // The address we hold moved for good: suggest where it ended up.
      const moved = redirects.length > 0 && PERMANENT.has(redirects[0]!.status);
      return result(moved ? "REDIRECTED" : "OK", { httpStatus: answer.status, finalUrl: url.href });
    }
  }

  return { check, options, hosts };
}

export type LinkChecker = ReturnType<typeof createLinkChecker>;
