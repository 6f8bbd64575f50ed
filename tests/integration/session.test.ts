import { afterEach, describe, expect, it, vi } from "vitest";
import { json, withAuth } from "@/lib/api";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { getSessionUser } from "@/lib/session";
import { createUser, sessionCookie, sessionIdOf, sessionToken, SESSION_COOKIE, type TestUser } from "@/tests/factories";
import { callRoute } from "@/tests/support/http";

const sessionUserOf = (user: TestUser) => ({ id: user.id, email: user.email, name: user.name, role: user.role, timeZone: "UTC", sessionId: expect.any(String) });
const withCookie = (cookie: string) => new Headers({ cookie });

describe("getSessionUser", () => {
  it("returns the user of a valid session cookie", async () => {
    const user = await createUser();
    expect(await getSessionUser(withCookie(await sessionCookie(user)))).toStrictEqual(sessionUserOf(user));
  });

  it("reads the cookie among others, and the __Secure- cookie Auth.js sets over HTTPS", async () => {
    const user = await createUser();
    expect(await getSessionUser(withCookie(`theme=dark; ${await sessionCookie(user)}; other=1`))).toStrictEqual(sessionUserOf(user));
    const secureName = `__Secure-${SESSION_COOKIE}`;
    const secure = await sessionToken(user, { salt: secureName });
    expect(await getSessionUser(withCookie(`${secureName}=${secure}`))).toStrictEqual(sessionUserOf(user));
  });

  it("accepts the same JWT as an Authorization: Bearer token", async () => {
    const user = await createUser();
    expect(await getSessionUser(new Headers({ authorization: `Bearer ${await sessionToken(user)}` }))).toStrictEqual(sessionUserOf(user));
  });

  it("returns null for a deleted user", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user);
    await db.user.delete({ where: { id: user.id } });
    expect(await getSessionUser(withCookie(cookie))).toBeNull();
  });

  it("returns null once the session row is gone, while the user's other sessions go on", async () => {
    const user = await createUser();
    const [ended, other] = [await sessionCookie(user), await sessionCookie(user)];
    const endedUser = await getSessionUser(withCookie(ended));
    expect(endedUser).toStrictEqual({ ...sessionUserOf(user), sessionId: await sessionIdOf(ended) });

    await db.userSession.delete({ where: { id: endedUser!.sessionId } });
    expect(await getSessionUser(withCookie(ended))).toBeNull();
    expect(await getSessionUser(withCookie(other))).toStrictEqual({ ...sessionUserOf(user), sessionId: await sessionIdOf(other) });
  });

  it("returns null for an expired session, and for a session of another user", async () => {
    const [user, other] = [await createUser(), await createUser()];
    const cookie = await sessionCookie(user);
    await db.userSession.update({ where: { id: await sessionIdOf(cookie) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSessionUser(withCookie(cookie))).toBeNull();
    // A token naming user A with user B's session id: both must match.
    const foreign = await sessionCookie(user, { sessionId: await sessionIdOf(await sessionCookie(other)) });
    expect(await getSessionUser(withCookie(foreign))).toBeNull();
  });

  it.each([
    ["no cookie", () => ""],
    ["a garbage cookie", () => `${SESSION_COOKIE}=not-a-jwt`],
    ["a garbage bearer token", () => "", "Bearer %%%"],
    ["a token signed with another secret", async (user: TestUser) => `${SESSION_COOKIE}=${await sessionToken(user, { secret: "x".repeat(40) })}`],
    ["a token encrypted for another cookie name", async (user: TestUser) => `${SESSION_COOKIE}=${await sessionToken(user, { salt: "other-cookie" })}`],
  ] as Array<[string, (user: TestUser) => string | Promise<string>, string?]>)("returns null for %s", async (_, makeCookie, authorization) => {
    const user = await createUser();
    const headers = new Headers();
    const cookie = await makeCookie(user);
    if (cookie) headers.set("cookie", cookie);
    if (authorization) headers.set("authorization", authorization);
    expect(await getSessionUser(headers)).toBeNull();
  });
});

describe("withAuth", () => {
  const handler = withAuth(async ({ user }) => json({ id: user.id }));
  const adminOnly = withAuth(async ({ user }) => json({ id: user.id }), "users:manage");
  const secret = "db password is hunter2";
  const failing = withAuth(async () => {
    throw new Error(secret);
  });

  afterEach(() => vi.restoreAllMocks());

  it("answers 401 without a session", async () => {
    for (const cookie of [undefined, `${SESSION_COOKIE}=garbage`]) {
      const res = await callRoute(handler, "/api/test", { cookie });
      expect(res.status).toBe(401);
      expect(res.body).toStrictEqual({ error: { code: "unauthenticated", message: "Sign in to do this." } });
    }
  });

  it("runs the handler for a signed-in user", async () => {
    const user = await createUser();
    const res = await callRoute(handler, "/api/test", { cookie: await sessionCookie(user) });
    expect(res).toMatchObject({ status: 200, body: { id: user.id } });
    expect(res.body).toStrictEqual({ id: user.id });
  });

  it("refuses a cookie-authenticated write from another site with 403, allows same-origin and Origin-less writes", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user);
    const post = (headers: Record<string, string>) => callRoute(handler, "/api/test", { method: "POST", cookie, json: {}, headers });

    for (const origin of ["https://evil.example", "http://localhost.evil.example", "null", "not a url"]) {
      const res = await post({ origin });
      expect(res.status, origin).toBe(403);
      expect(res.body).toStrictEqual({ error: { code: "forbidden", message: "Cross-site requests are not allowed." } });
    }
    expect(await post({ origin: "http://localhost" })).toMatchObject({ status: 200, body: { id: user.id } });
    expect(await post({})).toMatchObject({ status: 200, body: { id: user.id } });
    // Reads are not writes: a cross-site GET is answered (CORS keeps the body from the other site).
    expect(await callRoute(handler, "/api/test", { cookie, headers: { origin: "https://evil.example" } })).toMatchObject({ status: 200 });
  });

  it("answers 403 when the role lacks the permission", async () => {
    const learner = await createUser();
    const admin = await createUser({ role: "ADMIN" });
    const refused = await callRoute(adminOnly, "/api/test", { cookie: await sessionCookie(learner) });
    expect(refused.status).toBe(403);
    expect(refused.body).toStrictEqual({ error: { code: "forbidden", message: "You do not have permission to do this." } });
    expect(await callRoute(adminOnly, "/api/test", { cookie: await sessionCookie(admin) })).toMatchObject({ status: 200, body: { id: admin.id } });
  });

  it("answers an unexpected error with 500 internal, logs it, and does not leak its text", async () => {
    const user = await createUser();
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const res = await callRoute(failing, "/api/test", { cookie: await sessionCookie(user) });
    expect(res.status).toBe(500);
    expect(res.body).toStrictEqual({ error: { code: "internal", message: "Something went wrong on our side." } });
    expect(JSON.stringify(res.body)).not.toContain("hunter2");
    expect(logged).toHaveBeenCalledWith({ err: expect.objectContaining({ message: secret }) }, "unhandled error");
    logged.mockRestore();
  });
});
