/** What the sign-in page says for each Auth.js error code (kept vague on purpose: no account enumeration). */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === "rate_limited") return "Too many failed sign-in attempts. Wait 15 minutes, then try again.";
  return "Wrong email or password.";
}

// Any origin works as the base: only "does the result keep it" matters.
const SELF = "https://waypoint.invalid";

/**
 * A post-sign-in destination from the query string, only if it stays on this
 * site. Decided by the WHATWG URL parser, the one the browser uses: it strips
 * tabs and newlines and reads "\\" as "/", so "/\tevil.example" or
 * "/\\evil.example" resolve to another origin here exactly as they would there.
 * Returns the normalized path (never the raw input), checked once more as
 * it will be read.
 */
export function safeCallbackPath(value: string | string[] | null | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(raw, SELF);
  } catch {
    return "/";
  }
  if (url.origin !== SELF) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can leave a path that starts with "//" ("/.//evil.example"),
  // which would be another origin when the browser reads it on its own.
  return new URL(path, SELF).origin === SELF ? path : "/";
}
