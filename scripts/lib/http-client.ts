// A small HTTP client for a running Waypoint (the cluster test and the chaos
// script): sign up, sign in through Auth.js's credentials form, and JSON calls
// with the session cookie. `xff` makes a request look as if it came from that
// client address through one proxy (instances behind nginx trust one hop).
export const SESSION_COOKIE = "authjs.session-token";

export type Answer = { status: number; body: unknown; headers: Headers };

function cookiesOf(headers: Headers): Map<string, string> {
  return new Map(
    headers.getSetCookie().map((cookie) => {
      const pair = cookie.split(";")[0]!;
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

const forwarded = (xff?: string): Record<string, string> => (xff ? { "x-forwarded-for": xff } : {});

/** A JSON request; the body is parsed when there is one. */
export async function call(
  base: string,
  path: string,
  { method = "GET", json, cookie, xff, signal }: { method?: string; json?: unknown; cookie?: string; xff?: string; signal?: AbortSignal } = {},
): Promise<Answer> {
  const res = await fetch(new URL(path, base), {
    method,
    headers: {
      ...(json === undefined ? {} : { "content-type": "application/json" }),
      ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
      ...forwarded(xff),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
    redirect: "manual",
    signal,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a page): keep the text.
  }
  return { status: res.status, body, headers: res.headers };
}

export const signUp = (base: string, user: { email: string; name: string; password: string }, xff?: string) =>
  call(base, "/api/users", { method: "POST", json: user, xff });

export type SignIn = { status: number; error: string | null; code: string | null; session: string | undefined };

/** Auth.js's credentials sign-in as the form posts it: CSRF token and cookie, form-encoded. */
export async function signIn(base: string, email: string, password: string, xff?: string): Promise<SignIn> {
  const csrf = await fetch(new URL("/api/auth/csrf", base), { headers: forwarded(xff) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf.headers).get("authjs.csrf-token");
  const res = await fetch(new URL("/api/auth/callback/credentials", base), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `authjs.csrf-token=${csrfCookie}`, ...forwarded(xff) },
    body: new URLSearchParams({ csrfToken, email, password }).toString(),
    redirect: "manual",
  });
  await res.arrayBuffer();
  const location = res.headers.get("location");
  const params = location ? new URL(location, base).searchParams : new URLSearchParams();
  return { status: res.status, error: params.get("error"), code: params.get("code"), session: cookiesOf(res.headers).get(SESSION_COOKIE) };
}
