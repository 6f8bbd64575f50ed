/** What the sign-in page says for each Auth.js error code (kept vague on purpose: no account enumeration). */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === "rate_limited") return "Too many failed sign-in attempts. Wait 15 minutes, then try again.";
  return "Wrong email or password.";
}

/** A post-sign-in destination from the query string, only if it stays on this site. */
export function safeCallbackPath(value: string | string[] | null | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
