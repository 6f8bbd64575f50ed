// The teams API as a user calls it (in-process), factories that write team
// rows straight into the database, and a snapshot of everything a team owns.
import * as teamsRoute from "@/app/api/teams/route";
import * as teamRoute from "@/app/api/teams/[teamId]/route";
import * as invitesRoute from "@/app/api/teams/[teamId]/invites/route";
import * as inviteRoute from "@/app/api/teams/[teamId]/invites/[inviteId]/route";
import * as memberRoute from "@/app/api/teams/[teamId]/members/[userId]/route";
import * as pathsRoute from "@/app/api/teams/[teamId]/paths/route";
import * as pathRoute from "@/app/api/teams/[teamId]/paths/[pathId]/route";
import * as assignmentsRoute from "@/app/api/teams/[teamId]/assignments/route";
import * as assignmentRoute from "@/app/api/teams/[teamId]/assignments/[assignmentId]/route";
import * as remindersRoute from "@/app/api/teams/[teamId]/assignments/[assignmentId]/reminders/route";
import * as progressRoute from "@/app/api/teams/[teamId]/progress/route";
import * as progressCsvRoute from "@/app/api/teams/[teamId]/progress.csv/route";
import * as activityRoute from "@/app/api/teams/[teamId]/activity/route";
import * as invitePreviewRoute from "@/app/api/invites/[token]/route";
import * as inviteAcceptRoute from "@/app/api/invites/[token]/accept/route";
import * as myAssignmentsRoute from "@/app/api/me/assignments/route";
import { db } from "@/lib/db";
import { hashInviteToken, newInviteToken } from "@/lib/teams/invites";
import type { TeamRole } from "@/lib/teams/schema";
import { createUser, sessionCookie, uniqueEmail, type TestUser } from "@/tests/factories";
import { buildRequest, callRoute, type CallResult } from "@/tests/support/http";
import { progressApi, type ProgressApi, type TextResult } from "@/tests/support/progress";

const enc = encodeURIComponent;
type Params = Record<string, string>;

/** Every teams route, called with `cookie` (none: signed out). `query` is appended to the path ("?pathId=…"). */
export function teamsApi(cookie?: string) {
  const call = (handler: Parameters<typeof callRoute>[0], path: string, method: string, params: Params = {}, json?: unknown) =>
    callRoute(handler, path, { method, cookie, params, ...(json === undefined ? {} : { json }) });
  const t = (teamId: string) => `/api/teams/${enc(teamId)}`;
  return {
    listTeams: () => call(teamsRoute.GET, "/api/teams", "GET"),
    createTeam: (input: unknown) => call(teamsRoute.POST, "/api/teams", "POST", {}, input),
    getTeam: (teamId: string) => call(teamRoute.GET, t(teamId), "GET", { teamId }),
    updateTeam: (teamId: string, input: unknown) => call(teamRoute.PATCH, t(teamId), "PATCH", { teamId }, input),
    deleteTeam: (teamId: string) => call(teamRoute.DELETE, t(teamId), "DELETE", { teamId }),
    listInvites: (teamId: string) => call(invitesRoute.GET, `${t(teamId)}/invites`, "GET", { teamId }),
    createInvite: (teamId: string, input: unknown) => call(invitesRoute.POST, `${t(teamId)}/invites`, "POST", { teamId }, input),
    revokeInvite: (teamId: string, inviteId: string) =>
      call(inviteRoute.DELETE, `${t(teamId)}/invites/${enc(inviteId)}`, "DELETE", { teamId, inviteId }),
    previewInvite: (token: string) => call(invitePreviewRoute.GET, `/api/invites/${enc(token)}`, "GET", { token }),
    acceptInvite: (token: string) => call(inviteAcceptRoute.POST, `/api/invites/${enc(token)}/accept`, "POST", { token }),
    changeRole: (teamId: string, userId: string, input: unknown) =>
      call(memberRoute.PATCH, `${t(teamId)}/members/${enc(userId)}`, "PATCH", { teamId, userId }, input),
    removeMember: (teamId: string, userId: string) => call(memberRoute.DELETE, `${t(teamId)}/members/${enc(userId)}`, "DELETE", { teamId, userId }),
    listPaths: (teamId: string) => call(pathsRoute.GET, `${t(teamId)}/paths`, "GET", { teamId }),
    createPath: (teamId: string, input: unknown) => call(pathsRoute.POST, `${t(teamId)}/paths`, "POST", { teamId }, input),
    getPath: (teamId: string, pathId: string) => call(pathRoute.GET, `${t(teamId)}/paths/${enc(pathId)}`, "GET", { teamId, pathId }),
    replacePath: (teamId: string, pathId: string, input: unknown) =>
      call(pathRoute.PUT, `${t(teamId)}/paths/${enc(pathId)}`, "PUT", { teamId, pathId }, input),
    archivePath: (teamId: string, pathId: string) => call(pathRoute.DELETE, `${t(teamId)}/paths/${enc(pathId)}`, "DELETE", { teamId, pathId }),
    listAssignments: (teamId: string) => call(assignmentsRoute.GET, `${t(teamId)}/assignments`, "GET", { teamId }),
    createAssignment: (teamId: string, input: unknown) => call(assignmentsRoute.POST, `${t(teamId)}/assignments`, "POST", { teamId }, input),
    deleteAssignment: (teamId: string, assignmentId: string) =>
      call(assignmentRoute.DELETE, `${t(teamId)}/assignments/${enc(assignmentId)}`, "DELETE", { teamId, assignmentId }),
    remind: (teamId: string, assignmentId: string, input: unknown) =>
      call(remindersRoute.POST, `${t(teamId)}/assignments/${enc(assignmentId)}/reminders`, "POST", { teamId, assignmentId }, input),
    progress: (teamId: string, query = "") => call(progressRoute.GET, `${t(teamId)}/progress${query}`, "GET", { teamId }),
    /** The CSV download as text (errors are still the JSON envelope, in `text`). */
    progressCsv: async (teamId: string, query = ""): Promise<TextResult> => {
      const response = await progressCsvRoute.GET(buildRequest(`${t(teamId)}/progress.csv${query}`, { cookie }), {
        params: Promise.resolve({ teamId }),
      });
      return { status: response.status, text: await response.text(), headers: response.headers };
    },
    activity: (teamId: string, query = "") => call(activityRoute.GET, `${t(teamId)}/activity${query}`, "GET", { teamId }),
    myAssignments: () => call(myAssignmentsRoute.GET, "/api/me/assignments", "GET"),
  };
}
export type TeamsApi = ReturnType<typeof teamsApi>;
export type { CallResult };

export type Person = TestUser & { cookie: string; api: TeamsApi; progress: ProgressApi };

/** A new user with a session cookie, the teams API and the progress API bound to it. */
export async function createPerson(options?: Parameters<typeof createUser>[0] & { timeZone?: string }): Promise<Person> {
  const { timeZone, ...rest } = options ?? {};
  const user = await createUser(rest);
  if (timeZone) await db.user.update({ where: { id: user.id }, data: { timeZone } });
  const cookie = await sessionCookie(user);
  return { ...user, cookie, api: teamsApi(cookie), progress: progressApi(cookie) };
}

/** Many users at once, without passwords (they never sign in through the form): for large teams. */
export async function createManyUsers(count: number, prefix = "Member"): Promise<{ id: string; email: string; name: string }[]> {
  const data = Array.from({ length: count }, (_, i) => ({ email: uniqueEmail("bulk"), name: `${prefix} ${String(i).padStart(4, "0")}` }));
  return db.user.createManyAndReturn({ data, select: { id: true, email: true, name: true } });
}

/** A team written straight into the database: `lead` leads it, `members` are members (or the role given). */
export async function createTeamRow({
  lead,
  members = [],
  name = "Test team",
  membersSeeProgress = false,
}: {
  lead: { id: string };
  /** `teamRole` defaults to MEMBER (a Person's own `role` is their site role and is ignored). */
  members?: Array<{ id: string; teamRole?: TeamRole; joinedAt?: Date }>;
  name?: string;
  membersSeeProgress?: boolean;
}): Promise<{ id: string }> {
  return db.team.create({
    data: {
      name,
      membersSeeProgress,
      memberships: {
        create: [
          { userId: lead.id, role: "LEAD" as const },
          ...members.map((m) => ({ userId: m.id, role: m.teamRole ?? ("MEMBER" as const), ...(m.joinedAt ? { joinedAt: m.joinedAt } : {}) })),
        ],
      },
    },
    select: { id: true },
  });
}

/** Adds a member to a team. */
export const addMember = (teamId: string, userId: string, role: TeamRole = "MEMBER", joinedAt?: Date) =>
  db.teamMembership.create({ data: { teamId, userId, role, ...(joinedAt ? { joinedAt } : {}) } });

/** An invite written straight into the database; returns its row id and its token. */
export async function createInviteRow(
  teamId: string,
  { email = null, role = "MEMBER", expiresAt = new Date(Date.now() + 86_400_000), revokedAt = null, usedAt = null }: {
    email?: string | null;
    role?: TeamRole;
    expiresAt?: Date;
    revokedAt?: Date | null;
    usedAt?: Date | null;
  } = {},
) {
  const token = newInviteToken();
  const row = await db.teamInvite.create({ data: { teamId, tokenHash: hashInviteToken(token), email, role, expiresAt, revokedAt, usedAt }, select: { id: true } });
  return { id: row.id, token };
}

/** A path written straight into the database: the given topic slugs in order, no pinned resources. */
export async function createPathRow(teamId: string, slugs: string[], title = "Test path") {
  const topics = await db.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const ids = new Map(topics.map((t) => [t.slug, t.id]));
  return db.learningPath.create({
    data: { teamId, title, items: { create: slugs.map((slug, position) => ({ topicId: ids.get(slug)!, position })) } },
    select: { id: true },
  });
}

/** An assignment written straight into the database (no date check: tests make overdue ones). */
export const createAssignmentRow = (teamId: string, pathId: string, { userId = null, dueDate, hoursPerWeek = 5 }: { userId?: string | null; dueDate: string; hoursPerWeek?: number }) =>
  db.assignment.create({ data: { teamId, pathId, userId, dueDate: new Date(`${dueDate}T00:00:00Z`), hoursPerWeek }, select: { id: true } });

/** Every row a team owns, in every team table, in a stable order (full rows): compare before and after a refused call. */
export async function teamSnapshot(teamId: string) {
  const paths = await db.learningPath.findMany({ where: { teamId }, orderBy: { id: "asc" } });
  const pathIds = paths.map((p) => p.id);
  const items = await db.pathItem.findMany({ where: { pathId: { in: pathIds } }, orderBy: { id: "asc" } });
  const assignments = await db.assignment.findMany({ where: { teamId }, orderBy: { id: "asc" } });
  return {
    team: await db.team.findUnique({ where: { id: teamId } }),
    memberships: await db.teamMembership.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    invites: await db.teamInvite.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
    paths,
    items,
    itemResources: await db.pathItemResource.findMany({ where: { itemId: { in: items.map((i) => i.id) } }, orderBy: [{ itemId: "asc" }, { resourceId: "asc" }] }),
    assignments,
    reminders: await db.reminder.findMany({ where: { assignmentId: { in: assignments.map((a) => a.id) } }, orderBy: { id: "asc" } }),
  };
}

/** The calendar date (YYYY-MM-DD) `days` days from today in `timeZone`. */
export function dayIn(timeZone: string, days = 0, now = new Date()): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const [y, m, d] = today.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
