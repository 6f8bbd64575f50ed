// Teams and memberships through the API: create, list, read, rename, roles,
// leave, remove, delete; the last-lead rule; and that none of it touches
// anyone's own progress, notes or study history.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiError, learnerRows, seededTopic, UNAUTHENTICATED } from "@/tests/support/progress";
import { addMember, createAssignmentRow, createPathRow, createPerson, createTeamRow, dayIn, teamsApi, teamSnapshot } from "@/tests/support/teams";

const LAST_LEAD = apiError("conflict", "A team needs a lead: make another member a lead first.");
const NO_TEAM = apiError("not_found", "No team with this id.");

describe("POST /api/teams and GET /api/teams", () => {
  it("creates a team with the caller as lead and lists it with role and member count", async () => {
    const lead = await createPerson({ name: "Ada" });
    const created = await lead.api.createTeam({ name: "  Platform  " });
    expect(created.status).toBe(201);
    const body = created.body as { id: string };
    expect(body).toStrictEqual({ id: body.id, name: "Platform", role: "LEAD", memberCount: 1 });
    expect(await db.teamMembership.findMany({ where: { teamId: body.id }, select: { userId: true, role: true } })).toStrictEqual([
      { userId: lead.id, role: "LEAD" },
    ]);

    const member = await createPerson();
    await addMember(body.id, member.id);
    const other = await createTeamRow({ lead: member, name: "Another" });
    expect((await lead.api.listTeams()).body).toStrictEqual([{ id: body.id, name: "Platform", role: "LEAD", memberCount: 2 }]);
    expect((await member.api.listTeams()).body).toStrictEqual([
      { id: other.id, name: "Another", role: "LEAD", memberCount: 1 },
      { id: body.id, name: "Platform", role: "MEMBER", memberCount: 2 },
    ]);
  });

  it("refuses bad names (422) and anonymous callers (401)", async () => {
    const lead = await createPerson();
    for (const input of [{}, { name: "" }, { name: "   " }, { name: "x".repeat(101) }, { name: "two\nlines" }, { name: "ok", extra: 1 }]) {
      const res = await lead.api.createTeam(input);
      expect(res.status, JSON.stringify(input)).toBe(422);
      expect((res.body as { error: { code: string } }).error.code).toBe("validation_failed");
    }
    expect((await lead.api.listTeams()).body).toStrictEqual([]);
    expect(await teamsApi().createTeam({ name: "x" })).toMatchObject({ status: 401, body: UNAUTHENTICATED });
    expect(await teamsApi().listTeams()).toMatchObject({ status: 401, body: UNAUTHENTICATED });
  });
});

describe("GET and PATCH /api/teams/{teamId}", () => {
  it("shows members leads first; a lead renames and opens progress; a member may not", async () => {
    const lead = await createPerson({ name: "Zed Lead" });
    const member = await createPerson({ name: "Bea" });
    const team = await createTeamRow({ lead, members: [member], name: "Data" });
    const res = await member.api.getTeam(team.id);
    expect(res.status).toBe(200);
    const rows = await db.teamMembership.findMany({ where: { teamId: team.id }, select: { userId: true, joinedAt: true } });
    const joined = (id: string) => rows.find((r) => r.userId === id)!.joinedAt.toISOString();
    const members = [
      { userId: lead.id, name: "Zed Lead", email: lead.email, role: "LEAD", joinedAt: joined(lead.id) },
      { userId: member.id, name: "Bea", email: member.email, role: "MEMBER", joinedAt: joined(member.id) },
    ];
    expect(res.body).toStrictEqual({ id: team.id, name: "Data", role: "MEMBER", membersSeeProgress: false, members });

    const before = await teamSnapshot(team.id);
    expect(await member.api.updateTeam(team.id, { name: "Mine" })).toMatchObject({ status: 403, body: apiError("forbidden", "Only a team lead can do this.") });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);

    const patched = await lead.api.updateTeam(team.id, { name: "Data science", membersSeeProgress: true });
    expect(patched).toMatchObject({ status: 200, body: { id: team.id, name: "Data science", role: "LEAD", membersSeeProgress: true, members } });
    expect(await lead.api.updateTeam(team.id, {})).toMatchObject({ status: 422, body: apiError("validation_failed", "Send name or membersSeeProgress") });
    expect(await lead.api.updateTeam(team.id, { membersSeeProgress: false })).toMatchObject({ status: 200, body: { name: "Data science", membersSeeProgress: false } });
  });

  it("answers 404 to outsiders and admins, and for ids that are not ids", async () => {
    const lead = await createPerson();
    const team = await createTeamRow({ lead });
    const outsider = await createPerson();
    const admin = await createPerson({ role: "ADMIN" });
    expect(await outsider.api.getTeam(team.id)).toMatchObject({ status: 404, body: NO_TEAM });
    expect(await admin.api.getTeam(team.id)).toMatchObject({ status: 404, body: NO_TEAM });
    expect(await admin.api.updateTeam(team.id, { name: "Taken over" })).toMatchObject({ status: 404, body: NO_TEAM });
    expect((await lead.api.getTeam("not an id!")).status).toBe(404);
    expect((await lead.api.getTeam("c".repeat(25))).status).toBe(404);
  });
});

describe("roles and the last lead", () => {
  it("the only lead can be neither demoted, removed nor leave (409) until another lead exists", async () => {
    const lead = await createPerson();
    const member = await createPerson();
    const team = await createTeamRow({ lead, members: [member] });
    const before = await teamSnapshot(team.id);
    expect(await lead.api.changeRole(team.id, lead.id, { role: "MEMBER" })).toMatchObject({ status: 409, body: LAST_LEAD });
    expect(await lead.api.removeMember(team.id, lead.id)).toMatchObject({ status: 409, body: LAST_LEAD });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);

    const promoted = await lead.api.changeRole(team.id, member.id, { role: "LEAD" });
    expect(promoted).toMatchObject({ status: 200, body: { userId: member.id, role: "LEAD", email: member.email } });
    // Now the first lead may step down, and then the second is the last one.
    expect(await lead.api.changeRole(team.id, lead.id, { role: "MEMBER" })).toMatchObject({ status: 200, body: { role: "MEMBER" } });
    expect(await member.api.removeMember(team.id, member.id)).toMatchObject({ status: 409, body: LAST_LEAD });
    expect(await lead.api.changeRole(team.id, member.id, { role: "MEMBER" })).toMatchObject({ status: 403 });
    expect(await lead.api.removeMember(team.id, lead.id)).toMatchObject({ status: 204 });
    expect(await db.teamMembership.findMany({ where: { teamId: team.id }, select: { userId: true, role: true } })).toStrictEqual([{ userId: member.id, role: "LEAD" }]);
  });

  it("two leads demoting each other at once: one wins, the team keeps a lead", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createPerson();
      const b = await createPerson();
      const team = await createTeamRow({ lead: a, members: [{ id: b.id, teamRole: "LEAD" }] });
      const results = await Promise.all([a.api.changeRole(team.id, b.id, { role: "MEMBER" }), b.api.changeRole(team.id, a.id, { role: "MEMBER" })]);
      expect(results.map((r) => r.status).sort()).toStrictEqual([200, 403]);
      expect(await db.teamMembership.count({ where: { teamId: team.id, role: "LEAD" } })).toBe(1);
    }
  });

  it("a member may leave but not remove others; unknown members → 404; bad roles → 422", async () => {
    const lead = await createPerson();
    const a = await createPerson();
    const b = await createPerson();
    const team = await createTeamRow({ lead, members: [a, b] });
    expect(await a.api.removeMember(team.id, b.id)).toMatchObject({ status: 403 });
    expect(await a.api.changeRole(team.id, a.id, { role: "LEAD" })).toMatchObject({ status: 403 });
    expect(await lead.api.changeRole(team.id, a.id, { role: "OWNER" })).toMatchObject({ status: 422 });
    const stranger = await createPerson();
    expect(await lead.api.changeRole(team.id, stranger.id, { role: "LEAD" })).toMatchObject({ status: 404, body: apiError("not_found", "No member with this id in the team.") });
    expect(await lead.api.removeMember(team.id, stranger.id)).toMatchObject({ status: 404 });
    expect(await a.api.removeMember(team.id, a.id)).toMatchObject({ status: 204, body: null });
    expect(await a.api.getTeam(team.id)).toMatchObject({ status: 404 });
    expect(await lead.api.removeMember(team.id, b.id)).toMatchObject({ status: 204 });
    expect(await db.teamMembership.count({ where: { teamId: team.id } })).toBe(1);
  });
});

describe("removing members and deleting teams never touch anyone's own progress", () => {
  it("progress, ticks, notes and history stay; the removed member's individual assignments go", async () => {
    const lead = await createPerson();
    const member = await createPerson();
    const team = await createTeamRow({ lead, members: [member] });
    const topic = await seededTopic("preference-alignment");
    await member.progress.setStatus(topic.slug, { status: "IN_PROGRESS" });
    await member.progress.setDone(topic.resourceIds[0]!, { done: true });
    await member.progress.saveNote(topic.slug, { body: "my note" });
    await lead.progress.setStatus(topic.slug, { status: "DONE" });
    const path = await createPathRow(team.id, [topic.slug]);
    await createAssignmentRow(team.id, path.id, { userId: member.id, dueDate: dayIn("UTC", 7) });
    const teamWide = await createAssignmentRow(team.id, path.id, { dueDate: dayIn("UTC", 7) });
    const memberRows = await learnerRows(member.id);
    const leadRows = await learnerRows(lead.id);
    expect(memberRows.notes).toHaveLength(1);

    expect((await lead.api.removeMember(team.id, member.id)).status).toBe(204);
    expect(await learnerRows(member.id)).toStrictEqual(memberRows);
    expect(await db.assignment.findMany({ where: { teamId: team.id }, select: { id: true } })).toStrictEqual([{ id: teamWide.id }]);

    expect((await lead.api.deleteTeam(team.id)).status).toBe(204);
    expect(await teamSnapshot(team.id)).toStrictEqual({ team: null, memberships: [], invites: [], paths: [], items: [], itemResources: [], assignments: [], reminders: [] });
    expect(await learnerRows(lead.id)).toStrictEqual(leadRows);
    expect(await learnerRows(member.id)).toStrictEqual(memberRows);
    expect(await lead.api.getTeam(team.id)).toMatchObject({ status: 404 });
  });
});
