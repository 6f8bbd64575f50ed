// Every admin route this feature adds × anonymous / learner / admin: the
// status, the exact envelope, and that nothing changed when refused. Then the
// demotion case: a demoted admin's very next request, with the session it
// already holds, is refused every admin route. Private database.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CallResult } from "@/tests/support/http";
import { usePrivateDatabase } from "@/tests/support/private-database";

usePrivateDatabase("waypoint_curation_authz");

let m: typeof import("@/tests/support/admin-api");
beforeAll(async () => {
  m = await import("@/tests/support/admin-api");
});

type Api = import("@/tests/support/admin-api").AdminApi;
type Fixture = { track: string; topic: string; keyPoint: string; resource: string; otherTrack: string; user: string };
type Route = { name: string; call: (api: Api, f: Fixture) => Promise<CallResult | { status: number }>; adminStatus: number };

// Every admin handler this branch adds (the list is checked against the route files below).
const ROUTES: Route[] = [
  { name: "GET /api/admin/tracks", call: (api) => api.listTracks(), adminStatus: 200 },
  { name: "POST /api/admin/tracks", call: (api) => api.createTrack({ title: "Authz track" }), adminStatus: 201 },
  { name: "PUT /api/admin/tracks/order", call: async (api) => api.orderTracks({ slugs: (await m.db.track.findMany({ where: { status: "ACTIVE" }, orderBy: { position: "desc" } })).map((t) => t.slug) }), adminStatus: 200 },
  { name: "GET /api/admin/tracks/{slug}", call: (api, f) => api.getTrack(f.track), adminStatus: 200 },
  { name: "PATCH /api/admin/tracks/{slug}", call: (api, f) => api.updateTrack(f.track, { title: "Renamed by authz" }), adminStatus: 200 },
  { name: "POST /api/admin/tracks/{slug}/topics", call: (api, f) => api.createTopic(f.track, { title: "Authz topic", intro: "" }), adminStatus: 201 },
  { name: "PUT /api/admin/tracks/{slug}/topics/order", call: (api, f) => api.orderTopics(f.track, { slugs: [f.topic] }), adminStatus: 200 },
  { name: "GET /api/admin/topics/{slug}", call: (api, f) => api.getTopic(f.topic), adminStatus: 200 },
  { name: "PATCH /api/admin/topics/{slug}", call: (api, f) => api.updateTopic(f.topic, { track: f.otherTrack }), adminStatus: 200 },
  { name: "POST /api/admin/topics/{slug}/key-points", call: (api, f) => api.createKeyPoint(f.topic, { title: "K", text: "T" }), adminStatus: 201 },
  { name: "PUT /api/admin/topics/{slug}/key-points/order", call: (api, f) => api.orderKeyPoints(f.topic, { ids: [f.keyPoint] }), adminStatus: 200 },
  { name: "PATCH /api/admin/key-points/{id}", call: (api, f) => api.updateKeyPoint(f.keyPoint, { status: "ARCHIVED" }), adminStatus: 200 },
  { name: "POST /api/admin/topics/{slug}/resources", call: (api, f) => api.createResource(f.topic, { title: "R", url: "https://example.com/r", kind: "TOOL" }), adminStatus: 201 },
  { name: "PUT /api/admin/topics/{slug}/resources/order", call: (api, f) => api.orderResources(f.topic, { ids: [f.resource] }), adminStatus: 200 },
  { name: "PATCH /api/admin/resources/{id}", call: (api, f) => api.updateResource(f.resource, { status: "ARCHIVED" }), adminStatus: 200 },
  { name: "GET /api/admin/audit", call: (api) => api.audit(), adminStatus: 200 },
  { name: "GET /api/admin/audit.csv", call: (api) => api.auditCsv(), adminStatus: 200 },
  { name: "GET /api/admin/users", call: (api) => api.users("?query=test"), adminStatus: 200 },
  { name: "PATCH /api/admin/users/{id}", call: (api, f) => api.setRole(f.user, { role: "ADMIN" }), adminStatus: 200 },
];

/** A fresh track, topic (with a key point and a resource), a second track and a learner to promote. */
async function fixture(admin: Api): Promise<Fixture> {
  const track = m.ok<{ slug: string }>(await admin.createTrack({ title: "Fixture" }), 201).slug;
  const otherTrack = m.ok<{ slug: string }>(await admin.createTrack({ title: "Fixture other" }), 201).slug;
  const topic = m.ok<{ slug: string }>(await admin.createTopic(track, { title: "Fixture topic", intro: "" }), 201).slug;
  const keyPoint = m.ok<{ id: string }>(await admin.createKeyPoint(topic, { title: "KP", text: "T" }), 201).id;
  const resource = m.ok<{ id: string }>(await admin.createResource(topic, { title: "Res", url: "https://example.com/f", kind: "ARTICLE" }), 201).id;
  const user = (await m.createUser()).id;
  return { track, topic, keyPoint, resource, otherTrack, user };
}

/** Everything an admin route could change: the catalog, the audit log, the roles. */
async function everything() {
  return Promise.all([
    m.db.track.findMany({ orderBy: { id: "asc" } }),
    m.db.topic.findMany({ orderBy: { id: "asc" } }),
    m.db.keyPoint.findMany({ orderBy: { id: "asc" } }),
    m.db.resource.findMany({ orderBy: { id: "asc" } }),
    m.db.linkMention.count(),
    m.db.auditEvent.count(),
    m.db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true } }),
  ]);
}

const UNAUTHENTICATED = { error: { code: "unauthenticated", message: "Sign in to do this." } };
const FORBIDDEN = { error: { code: "forbidden", message: "You do not have permission to do this." } };

/** The body of a JSON or CSV answer, for comparing envelopes. */
const bodyOf = (res: CallResult | { status: number; text?: string }) => ("body" in res ? res.body : JSON.parse((res as { text: string }).text));

describe("every admin route", () => {
  it("lists every route file under app/api/admin this branch adds", () => {
    const root = path.join(process.cwd(), "app", "api", "admin");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts") files.push(path.relative(root, dir));
      }
    };
    walk(root);
    const mine = files.filter((f) => /^(tracks|topics|key-points|resources|audit|audit\.csv|users)(\/|$)/.test(f));
    const covered = new Set(ROUTES.map((r) => r.name.split(" ")[1]!.replace("/api/admin/", "").replace(/\{slug\}/g, "[slug]").replace(/\{id\}/g, "[id]")));
    expect(mine.sort()).toStrictEqual([...covered].sort());
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))("%s: anonymous 401, learner 403 (nothing changed), admin allowed", async (_name, route) => {
    const adminUser = await m.createUser({ role: "ADMIN" });
    const admin = m.adminApi(await m.sessionCookie(adminUser));
    const learner = await m.createUser();
    const f = await fixture(admin);
    const before = await everything();

    const anonymous = await route.call(m.adminApi(), f);
    expect(anonymous.status).toBe(401);
    expect(bodyOf(anonymous)).toStrictEqual(UNAUTHENTICATED);
    const refused = await route.call(m.adminApi(await m.sessionCookie(learner)), f);
    expect(refused.status).toBe(403);
    expect(bodyOf(refused)).toStrictEqual(FORBIDDEN);
    expect(await everything()).toStrictEqual(before);

    const allowed = await route.call(admin, f);
    expect(allowed.status, JSON.stringify("body" in allowed ? allowed.body : "")).toBe(route.adminStatus);
  });
});

describe("a demoted admin", () => {
  it("is refused every admin route on the very next request, with the session already held; learner routes still work", async () => {
    const a = await m.createUser({ role: "ADMIN", name: "Admin A" });
    const b = await m.createUser({ role: "ADMIN", name: "Admin B" });
    const apiA = m.adminApi(await m.sessionCookie(a));
    const cookieB = await m.sessionCookie(b);
    const apiB = m.adminApi(cookieB);
    const f = await fixture(apiA);
    expect((await apiB.listTracks()).status).toBe(200);

    expect(m.ok<{ role: string }>(await apiA.setRole(b.id, { role: "LEARNER" }))).toMatchObject({ id: b.id, role: "LEARNER" });

    const before = await everything();
    for (const route of ROUTES) {
      const res = await route.call(apiB, f);
      expect(res.status, route.name).toBe(403);
      expect(bodyOf(res)).toStrictEqual(FORBIDDEN);
    }
    expect(await everything()).toStrictEqual(before);
    const { GET } = await import("@/app/api/me/route");
    const { callRoute } = await import("@/tests/support/http");
    expect(await callRoute(GET, "/api/me", { cookie: cookieB })).toMatchObject({ status: 200, body: { id: b.id, role: "LEARNER" } });
  });
});
