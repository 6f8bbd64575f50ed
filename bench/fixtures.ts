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
