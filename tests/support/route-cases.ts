// The route × role expectation table: for every route, a valid request on
// rows that belong to someone else (built from a fresh World), and the status
// each kind of caller must get. tests/integration/route-matrix.test.ts runs it;
// tests/integration/fuzz-routes.test.ts mutates its valid requests. Import it
// it statically: it loads app modules only when a call runs.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { ApiCall } from "@/tests/support/api-client";
import type { World } from "@/tests/support/world";

export const ACTORS = ["anonymous", "learner", "otherLearner", "member", "otherLead", "lead", "admin"] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedIn = Exclude<Actor, "anonymous">;
/** Every person of a World has this password. */
export const PASSWORD = "correct horse battery";

// Loaded at call time, so they are the modules of the private database the test switched to.
const database = async () => (await import("@/lib/db")).db;
const dayIn = async (timeZone: string, days: number) => (await import("@/tests/support/teams")).dayIn(timeZone, days);

export type Expected = Record<Actor, number>;
export type Case = {
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

const email = () => `matrix-${randomUUID()}@test.local`;
const t = (w: World) => ({ teamId: w.teamId });
const pathBody = (w: World) => ({ title: "Matrix edit", items: [{ topic: w.seed.topic }] });
const ownerNoteUntouched = async (w: World) => {
  const note = await (await database()).note.findFirstOrThrow({ where: { userId: w.owner.id } });
  expect(note.body).toBe("The owner's private note");
};

/** Routes the matrix does not call, and why. */
export const EXCLUDED: Record<string, string> = {
  "GET /api/auth/{nextauth}": "Auth.js's own endpoints (csrf, session, providers): covered by tests/integration/auth.test.ts and session.test.ts",
  "POST /api/auth/{nextauth}": "Auth.js sign-in / sign-out posts (form-encoded, csrf token): covered by tests/integration/auth.test.ts and session.test.ts",
};

export const CASES: Case[] = [
  // service
  { route: "GET /api/health", request: () => ({}), expected: all(200) },
  { route: "GET /api/ready", request: () => ({}), expected: all(200) },
  { route: "GET /api/openapi.json", request: () => ({}), expected: all(200) },
  // accounts (each signed-in caller acts on their own account)
  { route: "POST /api/users", request: () => ({ json: { email: email(), name: "New", password: "a long password" } }), expected: all(201) },
  { route: "GET /api/me", request: () => ({}), expected: signedIn(200) },
  { route: "PATCH /api/me", request: () => ({ json: { name: "Renamed" } }), expected: signedIn(200) },
  { route: "DELETE /api/me", request: () => ({ json: { password: PASSWORD } }), expected: signedIn(204), check: ownerNoteUntouched },
  { route: "PUT /api/me/password", request: () => ({ json: { currentPassword: PASSWORD, newPassword: "another long password" } }), expected: signedIn(204) },
  { route: "PUT /api/me/email", request: () => ({ json: { email: email(), password: PASSWORD } }), expected: signedIn(200) },
  { route: "POST /api/me/sessions/revoke", request: () => ({}), expected: signedIn(204) },
  // catalog
  { route: "GET /api/tracks", request: () => ({}), expected: all(200) },
  { route: "GET /api/tracks/{slug}", request: (w) => ({ params: { slug: w.seed.track } }), expected: all(200) },
  { route: "GET /api/topics/{slug}", request: (w) => ({ params: { slug: w.seed.topic } }), expected: all(200) },
  // search (public) and spaced review: each caller has only their own schedule; nobody has finished the owner's topic
  { route: "GET /api/search", request: () => ({ query: "?q=neural%20net" }), expected: all(200) },
  { route: "GET /api/me/reviews", request: () => ({ query: "?due=true" }), expected: signedIn(200), check: (_w, body) => expect(body).toStrictEqual([]) },
  {
    // Each caller first finishes the seeded topic themselves (so has a review card of their own); the owner's rows stay as they were.
    route: "POST /api/me/reviews/{slug}",
    request: async (w, me) => {
      if (me) await (await import("@/lib/progress/mutations")).setTopicStatus(me.id, w.seed.topic, "DONE");
      return { params: { slug: w.seed.topic }, json: { grade: "GOOD" } };
    },
    expected: signedIn(200),
    check: async (w) => expect(await (await database()).reviewCard.count({ where: { userId: w.owner.id } })).toBe(0),
  },
  // progress and notes: on the owner's topic, each caller sees and writes only their own
  { route: "GET /api/me/progress", request: () => ({}), expected: signedIn(200) },
  { route: "GET /api/me/dashboard", request: () => ({}), expected: signedIn(200) },
  { route: "GET /api/me/progress/export", request: () => ({}), expected: signedIn(200) },
  {
    route: "GET /api/progress/topics/{slug}", request: (w) => ({ params: { slug: w.topic } }), expected: signedIn(200),
    check: (_w, body) => expect((body as { status: string }).status).toBe("NOT_STARTED"),
  },
  {
    route: "PUT /api/progress/topics/{slug}", request: (w) => ({ params: { slug: w.topic }, json: { status: "DONE" } }), expected: signedIn(200),
    check: async (w) => expect((await (await database()).topicProgress.findFirstOrThrow({ where: { userId: w.owner.id } })).status).toBe("IN_PROGRESS"),
  },
  { route: "PUT /api/progress/resources/{id}", request: (w) => ({ params: { id: w.resourceId }, json: { done: true } }), expected: signedIn(200) },
  {
    route: "GET /api/progress/tracks/{slug}", request: (w) => ({ params: { slug: w.track } }), expected: signedIn(200),
    check: (_w, body) => expect((body as { statuses: object }).statuses).toEqual({}),
  },
  {
    route: "DELETE /api/progress/tracks/{slug}", request: (w) => ({ params: { slug: w.track } }), expected: signedIn(204),
    check: async (w) => expect(await (await database()).topicProgress.count({ where: { userId: w.owner.id } })).toBe(1),
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
    request: async (w) => ({ params: t(w), json: { pathId: w.pathId, userId: w.targetId, dueDate: await dayIn("Pacific/Kiritimati", 7) } }),
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
    request: async () => ({ json: { slugs: (await (await database()).track.findMany({ where: { status: "ACTIVE" }, orderBy: { position: "desc" } })).map((x) => x.slug) } }),
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

/** "PATCH /api/teams/{teamId} (leave)" → "PATCH /api/teams/{teamId}" */
export const baseKey = (route: string) => route.replace(/ \(.*\)$/, "");
