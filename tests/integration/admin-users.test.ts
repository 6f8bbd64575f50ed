// Roles: admins list and search users a page at a time, promote and demote;
// the last admin cannot be demoted (409), also when two admins demote each
// other at the same moment. Role changes are audited. Private database: the
// number of admins must be the test's own.
import { beforeAll, describe, expect, it } from "vitest";
import { usePrivateDatabase } from "@/tests/support/private-database";

usePrivateDatabase("waypoint_roles", { seed: false });

let m: typeof import("@/tests/support/admin-api");
beforeAll(async () => {
  m = await import("@/tests/support/admin-api");
});

type Page = { items: { id: string; email: string; name: string; role: string; createdAt: string }[]; nextCursor: string | null };

describe("GET /api/admin/users", () => {
  it("searches name and email (any case), by email, with a cursor that neither repeats nor skips", async () => {
    const admin = m.adminApi(await m.sessionCookie(await m.createUser({ role: "ADMIN" })));
    const tag = `zq${Date.now().toString(36)}`;
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await m.createUser({ name: `Person ${tag} ${i}` }));
    await m.createUser({ name: "Someone else" });
    const expected = made.map((u) => u.email).sort();

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = m.ok<Page>(await admin.users(`?query=${tag.toUpperCase()}&limit=2${cursor ? `&cursor=${cursor}` : ""}`));
      seen.push(...page.items.map((u) => u.email));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toStrictEqual(expected);
    expect(pages).toBe(3);

    const byEmail = m.ok<Page>(await admin.users(`?query=${encodeURIComponent(made[0]!.email.slice(0, 20).toUpperCase())}`));
    expect(byEmail.items).toStrictEqual([{ id: made[0]!.id, email: made[0]!.email, name: made[0]!.name, role: "LEARNER", createdAt: expect.any(String) }]);
    expect(await admin.users("?limit=0")).toMatchObject({ status: 422 });
    expect(await admin.users("?cursor=not%20a%20cursor")).toMatchObject({ status: 422 });
    expect(await admin.users("?role=ADMIN")).toMatchObject({ status: 422 });
  });
});

describe("PATCH /api/admin/users/{id}", () => {
  it("promotes and demotes, audited once per change; the same role again changes nothing", async () => {
    const actor = await m.createUser({ role: "ADMIN", name: "Role Admin" });
    const admin = m.adminApi(await m.sessionCookie(actor));
    const learner = await m.createUser();
    const before = (await m.db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;

    expect(m.ok(await admin.setRole(learner.id, { role: "ADMIN" }))).toMatchObject({ id: learner.id, role: "ADMIN" });
    expect(m.ok(await admin.setRole(learner.id, { role: "ADMIN" }))).toMatchObject({ role: "ADMIN" });
    expect(m.ok(await admin.setRole(learner.id, { role: "LEARNER" }))).toMatchObject({ role: "LEARNER" });

    const events = await m.db.auditEvent.findMany({ where: { id: { gt: before } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorId, e.actorName, e.action, e.entityType, e.entityId, e.entityLabel, e.before, e.after])).toStrictEqual([
      [actor.id, "Role Admin", "user.role", "user", learner.id, learner.email, { role: "LEARNER" }, { role: "ADMIN" }],
      [actor.id, "Role Admin", "user.role", "user", learner.id, learner.email, { role: "ADMIN" }, { role: "LEARNER" }],
    ]);
    expect(await admin.setRole("cnot0a0real0user0id00", { role: "ADMIN" })).toMatchObject({ status: 404, body: m.apiError("not_found", "No user with this id.") });
    expect(await admin.setRole(learner.id, { role: "OWNER" })).toMatchObject({ status: 422 });
    expect(await admin.setRole(learner.id, { role: "ADMIN", name: "x" })).toMatchObject({ status: 422 });
  });

  it("refuses to demote the last admin (409), also themselves", async () => {
    await m.db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "LEARNER" } });
    const only = await m.createUser({ role: "ADMIN" });
    const admin = m.adminApi(await m.sessionCookie(only));
    const before = await m.db.auditEvent.count();
    expect(await admin.setRole(only.id, { role: "LEARNER" })).toMatchObject({ status: 409, body: m.apiError("conflict", "The last admin cannot be demoted.") });
    expect((await m.db.user.findUniqueOrThrow({ where: { id: only.id } })).role).toBe("ADMIN");
    expect(await m.db.auditEvent.count()).toBe(before);
    // With a second admin, demoting oneself is allowed.
    const second = await m.createUser({ role: "ADMIN" });
    expect(m.ok(await admin.setRole(only.id, { role: "LEARNER" }))).toMatchObject({ role: "LEARNER" });
    await m.db.user.update({ where: { id: second.id }, data: { role: "LEARNER" } });
  });

  it("leaves one admin when the last two demote each other at the same moment", async () => {
    for (let round = 0; round < 8; round++) {
      await m.db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "LEARNER" } });
      const a = await m.createUser({ role: "ADMIN" });
      const b = await m.createUser({ role: "ADMIN" });
      const [apiA, apiB] = [m.adminApi(await m.sessionCookie(a)), m.adminApi(await m.sessionCookie(b))];
      const results = await Promise.all([apiA.setRole(b.id, { role: "LEARNER" }), apiB.setRole(a.id, { role: "LEARNER" })]);
      const statuses = results.map((r) => r.status).sort();
      // One wins; the other finds one admin left (409), or was already demoted when its request began (403).
      expect([[200, 409], [200, 403]]).toContainEqual(statuses);
      expect(await m.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
      expect(await m.db.auditEvent.count({ where: { action: "user.role", entityId: { in: [a.id, b.id] } } })).toBe(1);
    }
  });
});

describe("DELETE /api/me by an admin", () => {
  it("the last admin cannot delete their account (409); once another admin exists, they can", async () => {
    const { deleteAccount } = await import("@/lib/accounts/lifecycle");
    const last = await m.createUser({ role: "ADMIN" });
    await m.db.user.updateMany({ where: { role: "ADMIN", id: { not: last.id } }, data: { role: "LEARNER" } });
    const refused = await deleteAccount({ userId: last.id, client: "203.0.113.7" }, last.password).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "conflict", message: "You are the last admin: make someone else an admin before deleting your account." });
    expect(await m.db.user.count({ where: { id: last.id } })).toBe(1);

    await m.createUser({ role: "ADMIN" });
    await deleteAccount({ userId: last.id, client: "203.0.113.7" }, last.password);
    expect(await m.db.user.count({ where: { id: last.id } })).toBe(0);
  });
});
