// Constant work: the team dashboard, its CSV and "Assigned to you" send the
// same few SQL statements whatever the number of members, items and
// assignments (counted on the app's pool: 5 vs 200 members, 3 vs 19 items).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db, dbPool } from "@/lib/db";
import { roadmap } from "@/tests/support/roadmap";
import { statementCounter } from "@/tests/support/statements";
import { createAssignmentRow, createManyUsers, createPathRow, createPerson, createTeamRow, dayIn, type Person } from "@/tests/support/teams";

const ALL_SLUGS = roadmap.tracks.flatMap((t) => t.topics.map((p) => p.slug)); // 19

type Fixture = { lead: Person; teamId: string; pathId: string; members: number; items: number };

/** A team of `size` members (the lead included) on a path of `slugs`, assigned to the whole team, with progress on every other item. */
async function fixture(size: number, slugs: string[]): Promise<Fixture> {
  const lead = await createPerson({ name: "Lead" });
  const users = await createManyUsers(size - 1);
  const team = await createTeamRow({ lead, members: users });
  const path = await createPathRow(team.id, slugs);
  await createAssignmentRow(team.id, path.id, { dueDate: dayIn("UTC", 7) });
  await createAssignmentRow(team.id, path.id, { userId: users[0]!.id, dueDate: dayIn("UTC", 3) });
  const topics = await db.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  const statuses = ["DONE", "IN_PROGRESS", "SKIPPED"] as const;
  await db.topicProgress.createMany({
    data: users.flatMap((u, i) => topics.filter((_, j) => (i + j) % 2 === 0).map((t, j) => ({ userId: u.id, topicId: t.id, status: statuses[(i + j) % 3]! }))),
  });
  await db.studyActivity.createMany({ data: users.map((u, i) => ({ userId: u.id, topicId: topics[i % topics.length]!.id, kind: "TOPIC_STATUS" as const, status: "DONE" as const })) });
  return { lead, teamId: team.id, pathId: path.id, members: size, items: slugs.length };
}

const counter = () => statementCounter(dbPool);
let active: ReturnType<typeof counter> | undefined;
afterEach(() => active?.restore());

/** Statements of one call, measured twice (a warm and a cold client must not differ). */
async function measure<T extends { status: number }>(call: () => Promise<T>) {
  active = counter();
  const first = await active.during(call);
  const second = await active.during(call);
  active.restore();
  active = undefined;
  expect(first.result.status).toBe(200);
  expect(second.statements.length).toBe(first.statements.length);
  return { result: second.result, statements: second.statements, checkouts: first.checkouts + second.checkouts };
}

const shape = (statements: string[]) => statements.map((s) => s.replace(/\s+/g, " ").slice(0, 80));

let small: Fixture, large: Fixture;
beforeAll(async () => {
  small = await fixture(5, ALL_SLUGS.slice(0, 3));
  large = await fixture(200, ALL_SLUGS);
}, 120_000);

describe("constant work", () => {
  it("GET …/progress: the same ≤ 3 statements at 5 members × 3 items and 200 members × 19 items", async () => {
    const a = await measure(() => small.lead.api.progress(small.teamId, `?pathId=${small.pathId}`));
    const b = await measure(() => large.lead.api.progress(large.teamId, `?pathId=${large.pathId}`));
    expect((a.result.body as { members: unknown[] }).members).toHaveLength(5);
    expect((b.result.body as { members: { items: unknown[] }[] }).members).toHaveLength(200);
    expect((b.result.body as { members: { items: unknown[] }[] }).members[0]!.items).toHaveLength(19);
    expect(b.statements.length).toBe(a.statements.length);
    expect(shape(b.statements)).toStrictEqual(shape(a.statements));
    // The session, the membership, the dashboard: no transaction, nothing per member.
    expect(a.statements).toHaveLength(3);
    expect(a.statements[0]).toMatch(/FROM user_sessions s\s+JOIN users/);
    expect(a.statements[1]).toMatch(/FROM team_memberships/);
    expect(a.checkouts + b.checkouts).toBe(0);
  });

  it("GET …/progress.csv: the same statements at both sizes", async () => {
    const a = await measure(() => small.lead.api.progressCsv(small.teamId, `?pathId=${small.pathId}`));
    const b = await measure(() => large.lead.api.progressCsv(large.teamId, `?pathId=${large.pathId}`));
    expect(a.result.text.trim().split("\r\n")).toHaveLength(1 + 5);
    expect(b.result.text.trim().split("\r\n")).toHaveLength(1 + 200);
    expect(shape(b.statements)).toStrictEqual(shape(a.statements));
    expect(a.statements.length).toBeLessThanOrEqual(3);
  });

  it("GET /api/me/assignments: the same statements for 1 and 6 assignments", async () => {
    const one = await createPerson();
    const many = await createPerson();
    for (const person of [one, many]) {
      const count = person === one ? 1 : 6;
      for (let i = 0; i < count; i++) {
        const team = await createTeamRow({ lead: await createPerson(), members: [person] });
        const path = await createPathRow(team.id, ALL_SLUGS.slice(0, 3 + i * 3));
        await createAssignmentRow(team.id, path.id, { dueDate: dayIn("UTC", 5 + i) });
      }
    }
    const a = await measure(() => one.api.myAssignments());
    const b = await measure(() => many.api.myAssignments());
    expect(a.result.body).toHaveLength(1);
    expect(b.result.body).toHaveLength(6);
    expect(shape(b.statements)).toStrictEqual(shape(a.statements));
    expect(a.statements.length).toBeLessThanOrEqual(2);
  });
});
