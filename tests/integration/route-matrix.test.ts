// The route × role matrix, generated from the route files: every exported
// handler of app/api/**/route.ts must have an entry below (a new route without
// one fails), and each is called as anonymous, a learner, another learner, a
// team member, another team's lead, the team's lead and an admin, on rows that
// belong to someone else. Each call's status must be the one the table says;
// a refused call (4xx) must leave every table as it was. Every answer is also
// checked against the OpenAPI registry (tests/support/http.ts), and each route
// must have answered at least one success that matched its documented schema.
// Private database (admins edit the catalog; fingerprints need a quiet database).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeKey, type Method } from "@/lib/openapi/define";
import { routeFiles } from "@/tests/support/api-routes";
import type { ApiCall } from "@/tests/support/api-client";
import { usePrivateDatabase } from "@/tests/support/private-database";
import type { Actor, World } from "@/tests/support/world";

usePrivateDatabase("waypoint_route_matrix");

let worlds: typeof import("@/tests/support/world");
let client: typeof import("@/tests/support/api-client");
let contract: typeof import("@/tests/support/contract");
let factories: typeof import("@/tests/factories");
let db: typeof import("@/lib/db").db;
beforeAll(async () => {
  worlds = await import("@/tests/support/world");
  client = await import("@/tests/support/api-client");
  contract = await import("@/tests/support/contract");
  factories = await import("@/tests/factories");
  db = (await import("@/lib/db")).db;
});

type Expected = Record<Actor, number>;
type Case = {
  /** "METHOD /api/path/{param}", as in lib/openapi/routes.ts; a suffix " (…)" names a variant. */
  route: string;
  request: (w: World, me: { id: string } | null) => ApiCall | Promise<ApiCall>;
  expected: Expected;
  /** The call changes what the next actor would see (an open invite used, a member gone): a new world per actor. */
  worldPerActor?: boolean;
  /** More to assert after a successful call (someone else's rows untouched…). */
  check?: (w: World, body: unknown) => Promise<void> | void;
};

const all = (status: number): Expected => ({ anonymous: status, learner: status, otherLearner: status, member: status, otherLead: status, lead: status, admin: status });
const signedIn = (status: number): Expected => ({ ...all(status), anonymous: 401 });
const adminOnly = (status: number): Expected => ({ ...all(403), anonymous: 401, admin: status });
/** Under /api/teams/{teamId}: people outside the team (admins too) get 404. */
const inTeam = (member: number, lead: number): Expected => ({ anonymous: 401, learner: 404, otherLearner: 404, member, otherLead: 404, lead, admin: 404 });
const leadsOnly = (ok: number) => inTeam(403, ok);
const anyMember = (ok: number) => inTeam(ok, ok);

const email = () => factories.uniqueEmail("matrix");
const t = (w: World) => ({ teamId: w.teamId });
const pathBody = (w: World) => ({ title: "Matrix edit", items: [{ topic: w.seed.topic }] });
const ownerNoteUntouched = async (w: World) => {
  const note = await db.note.findFirstOrThrow({ where: { userId: w.owner.id } });
  expect(note.body).toBe("The owner's private note");
};

/** Routes the matrix does not call, and why. */
const EXCLUDED: Record<string, string> = {
  "GET /api/auth/{nextauth}": "Auth.js's own endpoints (csrf, session, providers): covered by tests/integration/auth.test.ts and session.test.ts",
  "POST /api/auth/{nextauth}": "Auth.js sign-in / sign-out posts (form-encoded, csrf token): covered by tests/integration/auth.test.ts and session.test.ts",
};

const CASES: Case[] = [
  // service
  { route: "GET /api/health", request: () => ({}), expected: all(200) },
  { route: "GET /api/openapi.json", request: () => ({}), expected: all(200) },
  // accounts (each signed-in caller acts on their own account)
  { route: "POST /api/users", request: () => ({ json: { email: email(), name: "New", password: "a long password" } }), expected: all(201) },
  { route: "GET /api/me", request: () => ({}), expected: signedIn(200) },
  { route: "PATCH /api/me", request: () => ({ json: { name: "Renamed" } }), expected: signedIn(200) },
  { route: "DELETE /api/me", request: () => ({ json: { password: worlds.PASSWORD } }), expected: signedIn(204), check: ownerNoteUntouched },
  { route: "PUT /api/me/password", request: () => ({ json: { currentPassword: worlds.PASSWORD, newPassword: "another long password" } }), expected: signedIn(204) },
  { route: "PUT /api/me/email", request: () => ({ json: { email: email(), password: worlds.PASSWORD } }), expected: signedIn(200) },
  { route: "POST /api/me/sessions/revoke", request: () => ({}), expected: signedIn(204) },
  // catalog
  { route: "GET /api/tracks", request: () => ({}), expected: all(200) },
  { route: "GET /api/tracks/{slug}", request: (w) => ({ params: { slug: w.seed.track } }), expected: all(200) },
  { route: "GET /api/topics/{slug}", request: (w) => ({ params: { slug: w.seed.topic } }), expected: all(200) },
  // progress and notes: on the owner's topic, each caller sees and writes only their own
  { route: "GET /api/me/progress", request: () => ({}), expected: signedIn(200) },
  { route: "GET /api/me/progress/export", request: () => ({}), expected: signedIn(200) },
  {
    route: "GET /api/progress/topics/{slug}", request: (w) => ({ params: { slug: w.topic } }), expected: signedIn(200),
    check: (_w, body) => expect((body as { status: string }).status).toBe("NOT_STARTED"),
  },
  {
    route: "PUT /api/progress/topics/{slug}", request: (w) => ({ params: { slug: w.topic }, json: { status: "DONE" } }), expected: signedIn(200),
    check: async (w) => expect((await db.topicProgress.findFirstOrThrow({ where: { userId: w.owner.id } })).status).toBe("IN_PROGRESS"),
  },
  { route: "PUT /api/progress/resources/{id}", request: (w) => ({ params: { id: w.resourceId }, json: { done: true } }), expected: signedIn(200) },
  {
    route: "DELETE /api/progress/tracks/{slug}", request: (w) => ({ params: { slug: w.track } }), expected: signedIn(204),
    check: async (w) => expect(await db.topicProgress.count({ where: { userId: w.owner.id } })).toBe(1),
  },
  {
    route: "GET /api/notes/{slug}", request: (w) => ({ params: { slug: w.topic } }), expected: signedIn(200),
    check: (_w, body) => expect((body as { body: string }).body).toBe(""),
  },
  { route: "PUT /api/notes/{slug}", request: (w) => ({ params: { slug: w.topic }, json: { body: "mine" } }), expected: signedIn(200), check: ownerNoteUntouched },
  // suggestions, reports, review
  {
    route: "POST /api/topics/{slug}/suggestions",
    request: (w) => ({ params: { slug: w.topic }, json: { title: "Mine", url: `https://example.com/${email()}` } }),
    expected: signedIn(201),
  },
  { route: "POST /api/resources/{id}/reports", request: (w) => ({ params: { id: w.resourceId }, json: { reason: "BROKEN" } }), expected: signedIn(201) },
  {
    route: "GET /api/me/submissions", request: () => ({}), expected: signedIn(200),
    check: (w, body) => expect((body as { id: string }[]).map((s) => s.id)).not.toContain(w.submissionId),
  },
  { route: "GET /api/admin/review", request: () => ({}), expected: adminOnly(200) },
  { route: "POST /api/admin/review/{id}/approve", request: (w) => ({ params: { id: w.submissionId }, json: {} }), expected: adminOnly(200) },
  { route: "POST /api/admin/review/{id}/reject", request: (w) => ({ params: { id: w.submissionId }, json: { reason: "Not for us" } }), expected: adminOnly(200) },
  // teams
  { route: "GET /api/teams", request: () => ({}), expected: signedIn(200) },
  { route: "POST /api/teams", request: () => ({ json: { name: "Another team" } }), expected: signedIn(201) },
  { route: "GET /api/teams/{teamId}", request: (w) => ({ params: t(w) }), expected: anyMember(200) },
  { route: "PATCH /api/teams/{teamId}", request: (w) => ({ params: t(w), json: { name: "Renamed", membersSeeProgress: true } }), expected: leadsOnly(200) },
  { route: "DELETE /api/teams/{teamId}", request: (w) => ({ params: t(w) }), expected: leadsOnly(204) },
  { route: "GET /api/teams/{teamId}/invites", request: (w) => ({ params: t(w) }), expected: leadsOnly(200) },
  { route: "POST /api/teams/{teamId}/invites", request: (w) => ({ params: t(w), json: { email: email() } }), expected: leadsOnly(201) },
  { route: "DELETE /api/teams/{teamId}/invites/{inviteId}", request: (w) => ({ params: { ...t(w), inviteId: w.inviteId } }), expected: leadsOnly(204) },
  {
    route: "PATCH /api/teams/{teamId}/members/{userId}", request: (w) => ({ params: { ...t(w), userId: w.targetId }, json: { role: "LEAD" } }),
    expected: leadsOnly(200),
  },
  { route: "DELETE /api/teams/{teamId}/members/{userId}", request: (w) => ({ params: { ...t(w), userId: w.targetId } }), expected: leadsOnly(204) },
  {
    // Leaving: a member may; the team's only lead may not (409); outsiders are not in it (404).
    route: "DELETE /api/teams/{teamId}/members/{userId} (leave)",
    request: (w, me) => ({ params: { ...t(w), userId: me?.id ?? w.targetId } }),
    expected: inTeam(204, 409),
  },
  { route: "GET /api/teams/{teamId}/paths", request: (w) => ({ params: t(w) }), expected: anyMember(200) },
  { route: "POST /api/teams/{teamId}/paths", request: (w) => ({ params: t(w), json: pathBody(w) }), expected: leadsOnly(201) },
  { route: "GET /api/teams/{teamId}/paths/{pathId}", request: (w) => ({ params: { ...t(w), pathId: w.pathId } }), expected: anyMember(200) },
  { route: "PUT /api/teams/{teamId}/paths/{pathId}", request: (w) => ({ params: { ...t(w), pathId: w.pathId }, json: pathBody(w) }), expected: leadsOnly(200) },
  { route: "DELETE /api/teams/{teamId}/paths/{pathId}", request: (w) => ({ params: { ...t(w), pathId: w.pathId } }), expected: leadsOnly(204) },
  { route: "GET /api/teams/{teamId}/assignments", request: (w) => ({ params: t(w) }), expected: anyMember(200) },
  {
    route: "POST /api/teams/{teamId}/assignments",
    request: (w) => ({ params: t(w), json: { pathId: w.pathId, userId: w.targetId, dueDate: worlds.dayIn("Pacific/Kiritimati", 7) } }),
    expected: leadsOnly(201),
  },
  { route: "DELETE /api/teams/{teamId}/assignments/{assignmentId}", request: (w) => ({ params: { ...t(w), assignmentId: w.assignmentId } }), expected: leadsOnly(204) },
  {
    route: "POST /api/teams/{teamId}/assignments/{assignmentId}/reminders",
    request: (w) => ({ params: { ...t(w), assignmentId: w.assignmentId }, json: { userId: w.targetId } }),
    expected: leadsOnly(202),
  },
  { route: "GET /api/teams/{teamId}/progress", request: (w) => ({ params: t(w), query: `?pathId=${w.pathId}` }), expected: anyMember(200) },
  { route: "GET /api/teams/{teamId}/progress.csv", request: (w) => ({ params: t(w), query: `?pathId=${w.pathId}` }), expected: leadsOnly(200) },
  { route: "GET /api/teams/{teamId}/activity", request: (w) => ({ params: t(w) }), expected: anyMember(200) },
  // The token is the key: anyone may look at an invite; anyone signed in may accept it (the lead is in already: 200, role kept).
  { route: "GET /api/invites/{token}", request: (w) => ({ params: { token: w.inviteToken } }), expected: all(200) },
  { route: "POST /api/invites/{token}/accept", request: (w) => ({ params: { token: w.inviteToken } }), expected: signedIn(200), worldPerActor: true },
  { route: "GET /api/me/assignments", request: () => ({}), expected: signedIn(200) },
  // admin: content
  { route: "GET /api/admin/tracks", request: () => ({}), expected: adminOnly(200) },
  { route: "POST /api/admin/tracks", request: () => ({ json: { title: "Matrix new track" } }), expected: adminOnly(201) },
  {
    route: "PUT /api/admin/tracks/order",
    request: async () => ({ json: { slugs: (await db.track.findMany({ where: { status: "ACTIVE" }, orderBy: { position: "desc" } })).map((x) => x.slug) } }),
    expected: adminOnly(200),
  },
  { route: "GET /api/admin/tracks/{slug}", request: (w) => ({ params: { slug: w.track } }), expected: adminOnly(200) },
  { route: "PATCH /api/admin/tracks/{slug}", request: (w) => ({ params: { slug: w.track }, json: { title: "Renamed" } }), expected: adminOnly(200) },
  { route: "POST /api/admin/tracks/{slug}/topics", request: (w) => ({ params: { slug: w.track }, json: { title: "Matrix new topic", intro: "" } }), expected: adminOnly(201) },
  { route: "PUT /api/admin/tracks/{slug}/topics/order", request: (w) => ({ params: { slug: w.track }, json: { slugs: [w.topic] } }), expected: adminOnly(200) },
  { route: "GET /api/admin/topics/{slug}", request: (w) => ({ params: { slug: w.topic } }), expected: adminOnly(200) },
  { route: "PATCH /api/admin/topics/{slug}", request: (w) => ({ params: { slug: w.topic }, json: { track: w.otherTrack } }), expected: adminOnly(200) },
  { route: "POST /api/admin/topics/{slug}/key-points", request: (w) => ({ params: { slug: w.topic }, json: { title: "K", text: "T" } }), expected: adminOnly(201) },
  { route: "PUT /api/admin/topics/{slug}/key-points/order", request: (w) => ({ params: { slug: w.topic }, json: { ids: [w.keyPointId] } }), expected: adminOnly(200) },
  {
    route: "POST /api/admin/topics/{slug}/resources",
    request: (w) => ({ params: { slug: w.topic }, json: { title: "R", url: `https://example.com/${email()}`, kind: "TOOL" } }),
    expected: adminOnly(201),
  },
  { route: "PUT /api/admin/topics/{slug}/resources/order", request: (w) => ({ params: { slug: w.topic }, json: { ids: [w.resourceId] } }), expected: adminOnly(200) },
  { route: "PATCH /api/admin/key-points/{id}", request: (w) => ({ params: { id: w.keyPointId }, json: { title: "K2" } }), expected: adminOnly(200) },
  { route: "PATCH /api/admin/resources/{id}", request: (w) => ({ params: { id: w.resourceId }, json: { title: "R2" } }), expected: adminOnly(200) },
  // admin: links, audit, users
  { route: "GET /api/admin/links", request: () => ({}), expected: adminOnly(200) },
  { route: "POST /api/admin/link-checks", request: () => ({}), expected: adminOnly(202) },
  { route: "GET /api/admin/link-checks/{id}", request: (w) => ({ params: { id: w.linkRunId } }), expected: adminOnly(200) },
  { route: "GET /api/admin/audit", request: () => ({}), expected: adminOnly(200) },
  { route: "GET /api/admin/audit.csv", request: () => ({}), expected: adminOnly(200) },
  { route: "GET /api/admin/users", request: () => ({}), expected: adminOnly(200) },
  { route: "PATCH /api/admin/users/{id}", request: (w) => ({ params: { id: w.owner.id }, json: { role: "ADMIN" } }), expected: adminOnly(200) },
];

const baseKey = (route: string) => route.replace(/ \(.*\)$/, "");
const split = (key: string) => {
  const [method, path] = key.split(" ") as [Method, string];
  return { method, path };
};

const tally = { calls: 0, refused: 0, unauthorizedSuccesses: [] as string[], unexpected: [] as string[] };

describe("route × role matrix", () => {
  it("has an entry (or a stated exclusion) for every handler on disk, and none for a handler that does not exist", () => {
    const onDisk = routeFiles().flatMap((f) => f.methods.map((method) => routeKey({ method, path: f.path })));
    const covered = new Set([...CASES.map((c) => baseKey(c.route)), ...Object.keys(EXCLUDED)]);
    expect(onDisk.filter((key) => !covered.has(key)), "routes without a matrix entry").toEqual([]);
    expect([...covered].filter((key) => !onDisk.includes(key)), "matrix entries for routes that do not exist").toEqual([]);
  });

  for (const c of CASES) {
    it(c.route, async () => {
      const { method, path } = split(baseKey(c.route));
      let world = await worlds.createWorld();
      for (const actor of worlds.ACTORS) {
        if (c.worldPerActor && actor !== "anonymous") world = await worlds.createWorld();
        const me = actor === "anonymous" ? null : world.people[actor];
        const call = await c.request(world, me);
        const expected = c.expected[actor];
        const refused = expected >= 400;
        const before = refused ? await worlds.databaseFingerprint() : null;
        const result = await client.callApi(method, path, { ...call, cookie: me?.cookie });
        tally.calls += 1;
        if (refused) tally.refused += 1;
        const label = `${c.route} as ${actor}`;
        if (refused && result.status < 400) tally.unauthorizedSuccesses.push(`${label}: ${result.status}`);
        if (result.status !== expected) tally.unexpected.push(`${label}: ${result.status} (expected ${expected}) ${JSON.stringify(result.body).slice(0, 160)}`);
        expect(result.status, `${label}: ${JSON.stringify(result.body).slice(0, 300)}`).toBe(expected);
        if (refused) expect(await worlds.databaseFingerprint(), `${label} changed the database`).toEqual(before);
        else await c.check?.(world, result.body);
      }
    });
  }

  it("saw a documented success of every route it calls (bodies matched the OpenAPI schemas)", () => {
    const missing = CASES.map((c) => baseKey(c.route)).filter((key) => ![...(contract.checkedAnswers.get(key) ?? [])].some((s) => s < 300));
    expect(missing).toEqual([]);
  });
});

afterAll(() => {
  const routes = new Set(CASES.map((c) => baseKey(c.route))).size;
  console.log(
    `[route-matrix] ${routes} routes (${CASES.length} cases incl. variants) × ${worlds?.ACTORS.length ?? 7} roles: ${tally.calls} calls, ` +
      `${tally.refused} expected refusals, ${tally.unauthorizedSuccesses.length} unauthorized successes, ${tally.unexpected.length} unexpected statuses` +
      (tally.unauthorizedSuccesses.length ? `\n  ${tally.unauthorizedSuccesses.join("\n  ")}` : ""),
  );
});
