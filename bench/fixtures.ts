// The benchmark's learner: progress on half the roadmap, a note, and a few
// months of study activity, written straight into the database.
import { hashPassword } from "@/lib/accounts/password";
import type { DbClient } from "@/lib/db";

export const BENCH_PASSWORD = "bench-password-123";

/** Creates the learner and returns its email. */
export async function createBenchLearner(db: DbClient): Promise<{ id: string; email: string }> {
  const email = `bench-${Date.now()}@waypoint.test`;
  const user = await db.user.create({
    data: { email, name: "Bench Learner", passwordHash: await hashPassword(BENCH_PASSWORD), timeZone: "Europe/Paris" },
    select: { id: true, email: true },
  });
  const topics = await db.topic.findMany({ orderBy: [{ track: { position: "asc" } }, { position: "asc" }], select: { id: true, resources: { select: { id: true } } } });
  const half = topics.slice(0, Math.ceil(topics.length / 2));
  await db.topicProgress.createMany({
    data: half.map((topic, i) => ({ userId: user.id, topicId: topic.id, status: i % 3 === 0 ? "IN_PROGRESS" : "DONE", updatedAt: new Date(Date.now() - i * 3_600_000) })),
  });
  await db.resourceProgress.createMany({
    data: half.flatMap((topic) => topic.resources.filter((_, i) => i % 2 === 0).map((r) => ({ userId: user.id, resourceId: r.id, done: true }))),
  });
  const day = 86_400_000;
  await db.studyActivity.createMany({
    data: Array.from({ length: 240 }, (_, i) => ({
      userId: user.id,
      topicId: half[i % half.length]!.id,
      kind: "RESOURCE_DONE" as const,
      occurredAt: new Date(Date.now() - Math.floor(i / 2) * day * 1.3),
    })),
  });
  return user;
}

/**
 * The team dashboard's fixture: a team of `size` members (the bench learner
 * leads it) on a path of every topic (19 on the real roadmap), assigned to the
 * whole team, each member with statuses on about half the items and a little
 * study history. Written with a few bulk statements.
 */
export async function createBenchTeam(db: DbClient, leadId: string, size = 500): Promise<{ teamId: string; pathId: string; items: number }> {
  const stamp = Date.now();
  const members = await db.user.createManyAndReturn({
    data: Array.from({ length: size - 1 }, (_, i) => ({ email: `bench-member-${stamp}-${i}@waypoint.test`, name: `Member ${String(i).padStart(3, "0")}`, timeZone: i % 2 ? "America/New_York" : "Asia/Tokyo" })),
    select: { id: true },
  });
  const team = await db.team.create({ data: { name: "Bench team" }, select: { id: true } });
  const joinedAt = new Date(Date.now() - 90 * 86_400_000);
  await db.teamMembership.createMany({
    data: [{ teamId: team.id, userId: leadId, role: "LEAD" as const, joinedAt }, ...members.map((m) => ({ teamId: team.id, userId: m.id, role: "MEMBER" as const, joinedAt }))],
  });
  const topics = await db.topic.findMany({ orderBy: [{ track: { position: "asc" } }, { position: "asc" }], select: { id: true } });
  const path = await db.learningPath.create({
    data: { teamId: team.id, title: "Whole roadmap", items: { create: topics.map((t, position) => ({ topicId: t.id, position })) } },
    select: { id: true },
  });
  await db.assignment.create({ data: { teamId: team.id, pathId: path.id, dueDate: new Date(Date.now() + 30 * 86_400_000), hoursPerWeek: 5 } });
  const statuses = ["DONE", "IN_PROGRESS", "SKIPPED", "DONE"] as const;
  await db.topicProgress.createMany({
    data: members.flatMap((m, i) => topics.filter((_, j) => (i + j) % 2 === 0).map((t, j) => ({ userId: m.id, topicId: t.id, status: statuses[(i + j) % 4]! }))),
  });
  await db.studyActivity.createMany({
    data: members.flatMap((m, i) =>
      Array.from({ length: 6 }, (_, k) => ({ userId: m.id, topicId: topics[(i + k) % topics.length]!.id, kind: "TOPIC_STATUS" as const, status: "IN_PROGRESS" as const, occurredAt: new Date(Date.now() - (i + k * 37) * 3_600_000) })),
    ),
  });
  // Statistics, as autovacuum would have gathered them long before a team this size looks at its dashboard.
  await db.$executeRaw`ANALYZE`;
  return { teamId: team.id, pathId: path.id, items: topics.length };
}
