import "server-only";
import { cachedCatalog } from "@/lib/catalog/cache";
import { activeTopic } from "@/lib/catalog/data";
import { resourceEffort } from "@/lib/catalog/effort";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Every active topic's track and resources with their effort: catalog data, loaded once per content version. */
const topicEfforts = () =>
  cachedCatalog("topic-efforts", async () => {
    const topics = await db.topic.findMany({
      where: activeTopic,
      select: { id: true, track: { select: { slug: true } }, resources: { where: { status: "ACTIVE" }, select: { id: true, kind: true, effortMinutes: true } } },
    });
    return topics.map((topic) => ({
      id: topic.id,
      track: topic.track.slug,
      resources: topic.resources.map((resource) => ({ id: resource.id, minutes: resourceEffort(resource) })),
    }));
  });

/** What the learner finished: topics done or skipped (`finished`) and ticked resources. */
export type FinishedRow = { id: string; finished: boolean };

export function finishedRowsSql(userId: string) {
  return Prisma.sql`
    SELECT topic_id AS id, true AS finished FROM topic_progress WHERE user_id = ${userId} AND status IN ('DONE', 'SKIPPED')
    UNION ALL
    SELECT resource_id AS id, false AS finished FROM resource_progress WHERE user_id = ${userId} AND done`;
}

/** Minutes left per track slug: the effort of resources not ticked, in topics not done or skipped. */
export async function remainingFromRows(rows: FinishedRow[]): Promise<Record<string, number>> {
  const topics = await topicEfforts();
  const finishedTopics = new Set(rows.filter((row) => row.finished).map((row) => row.id));
  const ticked = new Set(rows.filter((row) => !row.finished).map((row) => row.id));
  const remaining: Record<string, number> = {};
  for (const topic of topics) {
    const left = finishedTopics.has(topic.id) ? 0 : topic.resources.reduce((sum, r) => sum + (ticked.has(r.id) ? 0 : r.minutes), 0);
    remaining[topic.track] = (remaining[topic.track] ?? 0) + left;
  }
  return remaining;
}
