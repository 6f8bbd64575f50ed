// The account lifecycle after sign-up: change password, sign out everywhere,
// change email, delete the account — each confirmed by the current password,
// limited like sign-in, and ending the right sessions at once. (The last
// admin's deletion is refused: tests/integration/admin-users.test.ts, which
// owns the number of admins in its private database.)
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as passwordRoute from "@/app/api/me/password/route";
import * as emailRoute from "@/app/api/me/email/route";
import * as revokeRoute from "@/app/api/me/sessions/revoke/route";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/accounts/sign-in";
import { recordAudit } from "@/lib/audit/mutations";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { getSessionUser } from "@/lib/session";
import { createUser, sessionCookie, uniqueEmail, type TestUser } from "@/tests/factories";
import { callRoute } from "@/tests/support/http";
import { seededTopic } from "@/tests/support/progress";
import { addMember, createTeamRow } from "@/tests/support/teams";

const uniqueClient = () => `10.${[...randomBytes(3)].join(".")}`;
const signedIn = async (cookie: string) => (await getSessionUser(new Headers({ cookie }))) !== null;

function me(cookie: string, client = uniqueClient()) {
  const headers = { [CLIENT_IP_HEADER]: client };
  return {
    changePassword: (json: unknown) => callRoute(passwordRoute.PUT, "/api/me/password", { method: "PUT", cookie, json, headers }),
    changeEmail: (json: unknown) => callRoute(emailRoute.PUT, "/api/me/email", { method: "PUT", cookie, json, headers }),
    revokeAll: (extra: Record<string, string> = {}) =>
      callRoute(revokeRoute.POST, "/api/me/sessions/revoke", { method: "POST", cookie, headers: { ...headers, ...extra } }),
    deleteAccount: (json: unknown) => callRoute(meRoute.DELETE, "/api/me", { method: "DELETE", cookie, json, headers }),
  };
}

const WRONG = { error: { code: "forbidden", message: "Your current password is not correct." } };

async function personWithSessions(role: "LEARNER" | "ADMIN" = "LEARNER"): Promise<TestUser & { here: string; elsewhere: string }> {
  const user = await createUser({ role });
  return { ...user, here: await sessionCookie(user), elsewhere: await sessionCookie(user) };
}

describe("PUT /api/me/password", () => {
  it("needs the current password: a wrong one is a 403 and changes nothing", async () => {
    const user = await personWithSessions();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    const res = await me(user.here).changePassword({ currentPassword: "not it", newPassword: "a brand new password" });
    expect(res).toMatchObject({ status: 403, body: WRONG });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).toStrictEqual(before);
    expect(await signedIn(user.elsewhere)).toBe(true);
  });

  it("changes it: 204, this session stays signed in, every other one ends at once", async () => {
    const user = await personWithSessions();
    const res = await me(user.here).changePassword({ currentPassword: user.password, newPassword: "a brand new password" });
    expect(res).toMatchObject({ status: 204, body: null });
    expect(await signedIn(user.here)).toBe(true);
    expect(await signedIn(user.elsewhere)).toBe(false);
    expect(await authenticate({ email: user.email, password: user.password }, uniqueClient())).toBeNull();
    expect(await authenticate({ email: user.email, password: "a brand new password" }, uniqueClient())).toMatchObject({ id: user.id });
  });

  it("refuses a too-short new password or the same one (422), and unknown fields", async () => {
    const user = await personWithSessions();
    for (const body of [
      { currentPassword: user.password, newPassword: "short" },
      { currentPassword: user.password, newPassword: user.password },
      { currentPassword: user.password, newPassword: "long enough password", role: "ADMIN" },
    ]) {
      expect((await me(user.here).changePassword(body)).status).toBe(422);
    }
  });

  it("limits wrong passwords like sign-in: after 10 from one client, the 11th (even right) is a 429", async () => {
    const user = await personWithSessions();
    const client = uniqueClient();
    for (let i = 0; i < 10; i++) {
      expect((await me(user.here, client).changePassword({ currentPassword: `guess ${i}`, newPassword: "whatever password" })).status).toBe(403);
    }
    const refused = await me(user.here, client).changePassword({ currentPassword: user.password, newPassword: "whatever password" });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("is refused without a session (401) and from another site (403)", async () => {
    const user = await personWithSessions();
    expect((await callRoute(passwordRoute.PUT, "/api/me/password", { method: "PUT", json: { currentPassword: user.password, newPassword: "new password 1" } })).status).toBe(401);
    const crossSite = await callRoute(passwordRoute.PUT, "/api/me/password", {
      method: "PUT",
      cookie: user.here,
      headers: { origin: "https://evil.example" },
      json: { currentPassword: user.password, newPassword: "new password 1" },
    });
    expect(crossSite.status).toBe(403);
    expect(await authenticate({ email: user.email, password: user.password }, uniqueClient())).toMatchObject({ id: user.id });
  });
});

describe("POST /api/me/sessions/revoke", () => {
  it("signs out everywhere: every session ends, this one included", async () => {
    const user = await personWithSessions();
    const other = await personWithSessions();
    expect(await me(user.here).revokeAll()).toMatchObject({ status: 204 });
    expect(await signedIn(user.here)).toBe(false);
    expect(await signedIn(user.elsewhere)).toBe(false);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
    // Nobody else is touched.
    expect(await signedIn(other.here)).toBe(true);
  });

  it("is refused from another site and ends nothing", async () => {
    const user = await personWithSessions();
    expect((await me(user.here).revokeAll({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(await signedIn(user.elsewhere)).toBe(true);
  });
});

describe("PUT /api/me/email", () => {
  it("changes the sign-in email (password required, stored lower-cased)", async () => {
    const user = await personWithSessions();
    const email = uniqueEmail("moved");
    expect(await me(user.here).changeEmail({ email, password: "wrong" })).toMatchObject({ status: 403, body: WRONG });
    const res = await me(user.here).changeEmail({ email: `  ${email.toUpperCase()} `, password: user.password });
    expect(res).toMatchObject({ status: 200, body: { id: user.id, email } });
    expect(await authenticate({ email, password: user.password }, uniqueClient())).toMatchObject({ id: user.id });
    expect(await authenticate({ email: user.email, password: user.password }, uniqueClient())).toBeNull();
  });

  it("refuses a taken email with 409 and keeps the old one", async () => {
    const [user, other] = [await personWithSessions(), await createUser()];
    const res = await me(user.here).changeEmail({ email: other.email, password: user.password });
    expect(res).toMatchObject({ status: 409, body: { error: { code: "conflict", message: "An account with this email already exists." } } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).toStrictEqual({ email: user.email });
  });
});

describe("DELETE /api/me", () => {
  it("a wrong password is a 403 and deletes nothing", async () => {
    const user = await personWithSessions();
    expect(await me(user.here).deleteAccount({ password: "wrong" })).toMatchObject({ status: 403, body: WRONG });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("deletes the account and everything that is theirs; teams they lead alone are handed over or deleted; the audit log keeps their name", async () => {
    const user = await personWithSessions("ADMIN");
    const [member, coLead, otherAdmin] = [await createUser({ name: "Heir" }), await createUser(), await createUser({ role: "ADMIN" })];
    const topic = await seededTopic("quantization");
    await db.topicProgress.create({ data: { userId: user.id, topicId: topic.id, status: "DONE" } });
    await db.resourceProgress.create({ data: { userId: user.id, resourceId: topic.resourceIds[0]!, done: true } });
    await db.note.create({ data: { userId: user.id, topicId: topic.id, body: "mine" } });
    await db.studyActivity.create({ data: { userId: user.id, topicId: topic.id, kind: "NOTE" } });
    await db.submission.create({ data: { type: "SUGGESTION", userId: user.id, topicId: topic.id, title: "x", url: "https://example.com" } });
    const handed = await createTeamRow({ lead: user, members: [{ id: member.id }], name: "Handed over" });
    const alone = await createTeamRow({ lead: user, name: "Alone" });
    const shared = await createTeamRow({ lead: coLead, name: "Shared" });
    await addMember(shared.id, user.id, "LEAD");
    await db.$transaction((tx) =>
      recordAudit(tx, { id: user.id, name: user.name, email: user.email }, { action: "resource.update", entity: { type: "resource", id: "r1", label: "R" } }),
    );

    expect(await me(user.here).deleteAccount({ password: user.password })).toMatchObject({ status: 204, body: null });

    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    for (const count of [
      db.topicProgress.count({ where: { userId: user.id } }),
      db.resourceProgress.count({ where: { userId: user.id } }),
      db.note.count({ where: { userId: user.id } }),
      db.studyActivity.count({ where: { userId: user.id } }),
      db.submission.count({ where: { userId: user.id } }),
      db.teamMembership.count({ where: { userId: user.id } }),
      db.userSession.count({ where: { userId: user.id } }),
    ]) {
      expect(await count).toBe(0);
    }
    expect(await signedIn(user.elsewhere)).toBe(false);
    expect(await db.teamMembership.findUnique({ where: { teamId_userId: { teamId: handed.id, userId: member.id } }, select: { role: true } })).toStrictEqual({ role: "LEAD" });
    expect(await db.team.count({ where: { id: alone.id } })).toBe(0);
    expect(await db.teamMembership.findMany({ where: { teamId: shared.id }, select: { userId: true, role: true } })).toStrictEqual([{ userId: coLead.id, role: "LEAD" }]);
    expect(await db.auditEvent.findFirst({ where: { actorId: user.id }, select: { actorName: true, actorEmail: true } })).toStrictEqual({ actorName: user.name, actorEmail: user.email });
    expect(otherAdmin.role).toBe("ADMIN");
  });
});
