import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { db } from "@/lib/db";
import { getSessionUser } from "@/lib/session";
import { env } from "@/lib/env";
import { authenticate, SignInThrottledError } from "@/lib/accounts/sign-in";
import { createUser, SESSION_COOKIE, uniqueEmail, type TestUser } from "@/tests/factories";
import { BASE_URL, buildRequest, readResponse, setCookies } from "@/tests/support/http";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";

// Auth.js runs in-process through the route's GET/POST, exactly as Next calls them.

const ACCOUNT_LIMIT = 10;
const IP_LIMIT = 50;

/** A client address no other test uses (the per-IP counters are shared by the whole run). */
const uniqueIp = () => `10.${[...randomBytes(3)].join(".")}`;

async function getCsrf() {
  const res = await GET(buildRequest("/api/auth/csrf"));
  const { status, body } = await readResponse(res);
  const cookie = setCookies(res.headers).get("authjs.csrf-token");
  return { status, body: body as { csrfToken: string }, cookieValue: cookie, cookie: `authjs.csrf-token=${cookie}` };
}

type SignInResult = { status: number; location: URL | null; sessionToken: string | undefined };

/** POSTs the sign-in form the way the browser does: form-encoded, with the CSRF token and cookie. */
async function signIn(email: string, password: string, ip: string, { xff = ip, csrf }: { xff?: string; csrf?: Awaited<ReturnType<typeof getCsrf>> } = {}): Promise<SignInResult> {
  const token = csrf ?? (await getCsrf());
  const res = await POST(
    buildRequest("/api/auth/callback/credentials", {
      method: "POST",
      cookie: token.cookie,
      headers: { "content-type": "application/x-www-form-urlencoded", [CLIENT_IP_HEADER]: xff },
      body: new URLSearchParams({ csrfToken: token.body.csrfToken, email, password }).toString(),
    }),
  );
  const location = res.headers.get("location");
  return { status: res.status, location: location ? new URL(location) : null, sessionToken: setCookies(res.headers).get(SESSION_COOKIE) };
}

/** The redirect Auth.js answers a refused sign-in with: back to /signin with an error code, no session. */
function expectRefused(result: SignInResult, code: "invalid_credentials" | "rate_limited") {
  expect(result.status).toBe(302);
  expect(result.sessionToken).toBeUndefined();
  expect(result.location?.origin).toBe(BASE_URL);
  expect(result.location?.pathname).toBe("/signin");
  expect(Object.fromEntries(result.location!.searchParams)).toStrictEqual({ error: "CredentialsSignin", code });
}

function expectSignedIn(result: SignInResult) {
  expect(result.status).toBe(302);
  expect(result.location?.href).toBe(`${BASE_URL}/`);
  expect(result.sessionToken).toMatch(/^[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/); // JWE, "dir" compact form
}

const counter = (key: string) => db.rateLimit.findUnique({ where: { key }, select: { points: true } });
// Account counters are keyed by the email's SHA-256, so any email fits rate_limits.key.
const emailKey = (email: string) => createHash("sha256").update(email).digest("base64url");
/** Failures of one client on one account (the refusing limit). */
const accountClientCounter = (email: string, ip: string) => counter(`sign-in:account-client:${emailKey(email)}:${ip}`);
/** Failures on the account from everywhere (the ceiling past which attempts are slowed). */
const accountCounter = (email: string) => counter(`sign-in:account:${emailKey(email)}`);
const slowLaneCounter = (email: string) => counter(`sign-in:slow:${emailKey(email)}`);
const ipCounter = (ip: string) => counter(`sign-in:ip:${ip}`);

const authenticatedAs = (user: TestUser) => ({ id: user.id, email: user.email, name: user.name, role: user.role, timeZone: "UTC" });
const sessionUserOf = (user: TestUser) => ({ ...authenticatedAs(user), sessionId: expect.any(String) });

describe("Auth.js endpoints", () => {
  it("GET /api/auth/csrf returns a token and sets the matching cookie", async () => {
    const csrf = await getCsrf();
    expect(csrf.status).toBe(200);
    expect(csrf.body).toStrictEqual({ csrfToken: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(csrf.cookieValue).toMatch(new RegExp(`^${csrf.body.csrfToken}%7C[0-9a-f]{64}$`));
  });

  it("signs in with the right password: 302, a session cookie, and /api/auth/session returns the user", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const result = await signIn(user.email, user.password, ip);
    expectSignedIn(result);

    const cookie = `${SESSION_COOKIE}=${result.sessionToken}`;
    const session = await readResponse(await GET(buildRequest("/api/auth/session", { cookie })));
    expect(session.status).toBe(200);
    expect(session.body).toStrictEqual({ user: { id: user.id, email: user.email, name: user.name }, expires: expect.any(String) });
    const expires = Date.parse((session.body as { expires: string }).expires);
    expect(expires - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

    // The cookie Auth.js set is the one the API's session check reads.
    expect(await getSessionUser(new Headers({ cookie }))).toStrictEqual(sessionUserOf(user));
    // A success leaves no failure on the account and gives the IP its point back.
    expect(await accountCounter(user.email)).toBeNull();
    expect(await ipCounter(ip)).toStrictEqual({ points: 0 });
  });

  it("signs in with the email in another case and with spaces", async () => {
    const user = await createUser();
    expectSignedIn(await signIn(` ${user.email.toUpperCase()} `, user.password, uniqueIp()));
  });

  it("refuses a wrong password and an unknown email the same way, without a session cookie", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    expectRefused(await signIn(user.email, "wrong password", ip), "invalid_credentials");
    expectRefused(await signIn(uniqueEmail("nobody"), user.password, ip), "invalid_credentials");
    expect(await accountCounter(user.email)).toStrictEqual({ points: 1 });
    expect(await ipCounter(ip)).toStrictEqual({ points: 2 });
  });

  it("refuses malformed credentials before any counting", async () => {
    const ip = uniqueIp();
    expectRefused(await signIn("not-an-email", "whatever", ip), "invalid_credentials");
    expectRefused(await signIn(uniqueEmail(), "x".repeat(129), ip), "invalid_credentials");
    expect(await ipCounter(ip)).toBeNull();
  });

  it("refuses a sign-in without the CSRF cookie and counts nothing", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const csrf = await getCsrf();
    // Auth.js logs the refused request; keep the output clean, and check that it did.
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await signIn(user.email, user.password, ip, { csrf: { ...csrf, cookie: "" } });
    expect(logged).toHaveBeenCalledWith("[auth]", expect.objectContaining({ type: "MissingCSRF" }));
    logged.mockRestore();
    expect(result.status).toBe(302);
    expect(result.sessionToken).toBeUndefined();
    expect(result.location?.searchParams.get("error")).toBe("MissingCSRF");
    expect(await accountCounter(user.email)).toBeNull();
    expect(await ipCounter(ip)).toBeNull();
  });

  it("answers /api/auth/session with null without a session, and for an ended one — and never renews it", async () => {
    expect(await readResponse(await GET(buildRequest("/api/auth/session")))).toMatchObject({ status: 200, body: null });

    const user = await createUser();
    const { sessionToken } = await signIn(user.email, user.password, uniqueIp());
    const cookie = `${SESSION_COOKIE}=${sessionToken}`;
    await db.userSession.deleteMany({ where: { userId: user.id } });
    const response = await GET(buildRequest("/api/auth/session", { cookie }));
    const revoked = await readResponse(response);
    expect(revoked).toMatchObject({ status: 200, body: null });
    // No fresh cookie for a dead session: Auth.js clears it instead.
    expect(setCookies(response.headers).get(SESSION_COOKIE) ?? "").toBe("");
  });

  it("sets the session cookie HttpOnly and SameSite=Lax, and Secure (__Secure-) when reached over HTTPS", async () => {
    const user = await createUser();
    const sessionCookieOf = (res: Response) => res.headers.getSetCookie().find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
    const post = async (headers: Record<string, string>) => {
      const csrf = await getCsrf();
      return POST(
        buildRequest("/api/auth/callback/credentials", {
          method: "POST",
          cookie: csrf.cookie,
          headers: { "content-type": "application/x-www-form-urlencoded", [CLIENT_IP_HEADER]: uniqueIp(), ...headers },
          body: new URLSearchParams({ csrfToken: csrf.body.csrfToken, email: user.email, password: user.password }).toString(),
        }),
      );
    };
    const plain = sessionCookieOf(await post({}));
    expect(plain).toMatch(/^authjs\.session-token=/);
    expect(plain).toMatch(/; HttpOnly/i);
    expect(plain).toMatch(/; SameSite=Lax/i);
    expect(plain).not.toMatch(/; Secure/i);

    // Over HTTPS — behind a TLS-terminating proxy Next builds the request URL
    // with https from X-Forwarded-Proto, which scripts/server.ts passes only from trusted proxies.
    const csrf = await GET(buildRequest("https://localhost/api/auth/csrf"));
    const csrfCookie = csrf.headers.getSetCookie().find((c) => c.startsWith("__Host-authjs.csrf-token="))!.split(";")[0]!;
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const secure = sessionCookieOf(
      await POST(
        buildRequest("https://localhost/api/auth/callback/credentials", {
          method: "POST",
          cookie: csrfCookie,
          headers: { "content-type": "application/x-www-form-urlencoded", [CLIENT_IP_HEADER]: uniqueIp() },
          body: new URLSearchParams({ csrfToken, email: user.email, password: user.password }).toString(),
        }),
      ),
    );
    expect(secure).toMatch(/^__Secure-authjs\.session-token=/);
    expect(secure).toMatch(/; Secure/i);
    expect(secure).toMatch(/; HttpOnly/i);
    expect(secure).toMatch(/; SameSite=Lax/i);
  });

  it("signing out ends the session on the server: a copied cookie or bearer token stops working", async () => {
    const user = await createUser();
    const { sessionToken } = await signIn(user.email, user.password, uniqueIp());
    const cookie = `${SESSION_COOKIE}=${sessionToken}`;
    expect(await getSessionUser(new Headers({ cookie }))).toStrictEqual(sessionUserOf(user));
    const csrf = await getCsrf();
    const signedOut = await POST(
      buildRequest("/api/auth/signout", {
        method: "POST",
        cookie: `${cookie}; ${csrf.cookie}`,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken: csrf.body.csrfToken }).toString(),
      }),
    );
    expect(signedOut.status).toBe(302);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
    // The copy kept by an attacker (cookie or bearer) is refused, and not renewed.
    expect(await getSessionUser(new Headers({ cookie }))).toBeNull();
    expect(await getSessionUser(new Headers({ authorization: `Bearer ${sessionToken}` }))).toBeNull();
    expect(await readResponse(await GET(buildRequest("/api/auth/session", { cookie })))).toMatchObject({ status: 200, body: null });
  });
});

describe("sign-in throttling", () => {
  it(`refuses one client on an account after ${ACCOUNT_LIMIT} failures, even with the right password; the owner elsewhere still signs in`, async () => {
    const victim = await createUser();
    const attacker = uniqueIp();
    const csrf = await getCsrf();
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      expectRefused(await signIn(victim.email, `wrong password ${i}`, attacker, { csrf }), "invalid_credentials");
    }
    expect(await accountClientCounter(victim.email, attacker)).toStrictEqual({ points: ACCOUNT_LIMIT });

    // The guessing client is shut out, even when it finally has the password...
    expectRefused(await signIn(victim.email, victim.password, attacker, { csrf }), "rate_limited");
    await expect(authenticate({ email: victim.email, password: victim.password }, attacker)).rejects.toBeInstanceOf(SignInThrottledError);
    // ...but it cannot lock the owner out: from their own address they sign in.
    const owner = uniqueIp();
    expectSignedIn(await signIn(victim.email, victim.password, owner));
    expect(await accountClientCounter(victim.email, owner)).toBeNull();

    const other = await createUser();
    expectSignedIn(await signIn(other.email, other.password, attacker));
  });

  it("past the account-wide ceiling, attempts from everywhere are slowed to one per lane slot, not refused", async () => {
    const victim = await createUser();
    const ceiling = env.SIGN_IN_ACCOUNT_SLOW_AFTER;
    // A distributed guesser: never more than a few failures per address.
    for (let i = 0; i < ceiling; i++) {
      expect(await authenticate({ email: victim.email, password: `guess ${i}` }, uniqueIp())).toBeNull();
    }
    expect(await accountCounter(victim.email)).toStrictEqual({ points: ceiling });
    expect(await slowLaneCounter(victim.email)).toBeNull();

    // Now every attempt waits for the account's slow lane: four of them cannot
    // all finish before three more lane slots have passed, and none is refused.
    const started = Date.now();
    const attempts = await Promise.all([
      authenticate({ email: victim.email, password: "guess again" }, uniqueIp()),
      authenticate({ email: victim.email, password: "and again" }, uniqueIp()),
      authenticate({ email: victim.email, password: "once more" }, uniqueIp()),
      authenticate({ email: victim.email, password: victim.password }, uniqueIp()),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * env.SIGN_IN_SLOW_SECONDS * 1000 - 250);
    expect(attempts.slice(0, 3)).toStrictEqual([null, null, null]);
    // The owner is delayed, never shut out.
    expect(attempts[3]).toStrictEqual(authenticatedAs(victim));
    expect(await slowLaneCounter(victim.email)).toStrictEqual({ points: 1 });
  });

  it(`refuses an IP after ${IP_LIMIT} failures across different emails; the same account from another IP works`, async () => {
    const ip = uniqueIp();
    const outcomes: Array<"null" | "throttled"> = [];
    // A few at a time: concurrent guesses must not overshoot the limit.
    for (let batch = 0; batch < 11; batch++) {
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () => authenticate({ email: uniqueEmail("guess"), password: "guessed password" }, ip)),
      );
      for (const result of results) {
        if (result.status === "fulfilled") {
          expect(result.value).toBeNull();
          outcomes.push("null");
        } else {
          expect(result.reason).toBeInstanceOf(SignInThrottledError);
          outcomes.push("throttled");
        }
      }
    }
    expect(outcomes.filter((o) => o === "null")).toHaveLength(IP_LIMIT);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(55 - IP_LIMIT);
    expect(await ipCounter(ip)).toStrictEqual({ points: 55 });

    const user = await createUser();
    const refused = await authenticate({ email: user.email, password: user.password }, ip).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SignInThrottledError);
    expect((refused as SignInThrottledError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused as SignInThrottledError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expectRefused(await signIn(user.email, user.password, ip), "rate_limited");

    expect(await authenticate({ email: user.email, password: user.password }, uniqueIp())).toStrictEqual(authenticatedAs(user));
    expectSignedIn(await signIn(user.email, user.password, uniqueIp()));
  });

  it("keys on the address the server stamped, never on an X-Forwarded-For the client wrote", async () => {
    const user = await createUser();
    const [spoofed, real] = [uniqueIp(), uniqueIp()];
    const csrf = await getCsrf();
    const res = await POST(
      buildRequest("/api/auth/callback/credentials", {
        method: "POST",
        cookie: csrf.cookie,
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": spoofed, [CLIENT_IP_HEADER]: real },
        body: new URLSearchParams({ csrfToken: csrf.body.csrfToken, email: user.email, password: "wrong password" }).toString(),
      }),
    );
    expect(res.status).toBe(302);
    expect(await ipCounter(real)).toStrictEqual({ points: 1 });
    expect(await ipCounter(spoofed)).toBeNull();
  });

  it("signs in an account whose email has the maximum 254 characters (counter keys are hashed)", async () => {
    const user = await createUser();
    const email = `${"x".repeat(254 - user.email.length)}${user.email}`;
    await db.user.update({ where: { id: user.id }, data: { email } });
    expect(email).toHaveLength(254);
    expect(await authenticate({ email, password: "wrong password" }, uniqueIp())).toBeNull();
    expect(await accountCounter(email)).toStrictEqual({ points: 1 });
    expect(await authenticate({ email, password: user.password }, uniqueIp())).toStrictEqual({ ...authenticatedAs(user), email });
  });

  it("resets a client's failure count on the account on a successful sign-in", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    const credentials = { email: user.email, password: user.password };
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) {
        expect(await authenticate({ email: user.email, password: "wrong password" }, ip)).toBeNull();
      }
      expect(await accountClientCounter(user.email, ip)).toStrictEqual({ points: ACCOUNT_LIMIT - 1 });
      // Without the reset, the second round's success would be attempt 20 and refused.
      expect(await authenticate(credentials, ip)).toStrictEqual(authenticatedAs(user));
      expect(await accountClientCounter(user.email, ip)).toBeNull();
    }
    expect(await authenticate({ email: user.email, password: "wrong password" }, ip)).toBeNull();
    expect(await accountClientCounter(user.email, ip)).toStrictEqual({ points: 1 });
    // The IP keeps its failures (19); the successes gave back their own points.
    expect(await ipCounter(ip)).toStrictEqual({ points: 2 * (ACCOUNT_LIMIT - 1) + 1 });
  });
});
