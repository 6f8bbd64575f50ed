import "server-only";
import { activeTopic } from "@/lib/catalog/data";
import { toCsvText } from "@/lib/csv";
import { db } from "@/lib/db";
import type { ExportedTopic } from "@/lib/progress/schema";

export type { ExportedTopic };

/** Everything the caller recorded, topic by topic in roadmap order (one query). */
export async function getProgressExport(userId: string): Promise<ExportedTopic[]> {
  const topics = await db.topic.findMany({
    where: activeTopic,
    orderBy: [{ track: { position: "asc" } }, { position: "asc" }],
    select: {
      slug: true,
      title: true,
      track: { select: { slug: true, title: true } },
      progress: { where: { userId }, select: { status: true, updatedAt: true, completedAt: true } },
      notes: { where: { userId }, select: { body: true } },
      resources: {
        where: { status: "ACTIVE" },
        orderBy: { position: "asc" },
        select: { id: true, title: true, url: true, progress: { where: { userId, done: true }, select: { id: true } } },
      },
    },
  });
  return topics.map((topic) => {
    const progress = topic.progress[0];
    const resources = topic.resources.map((r) => ({ id: r.id, title: r.title, url: r.url, done: r.progress.length > 0 }));
    return {
      track: topic.track.slug,
      trackTitle: topic.track.title,
      topic: topic.slug,
      topicTitle: topic.title,
      status: progress?.status ?? "NOT_STARTED",
      updatedAt: progress?.updatedAt.toISOString() ?? null,
      completedAt: progress?.completedAt?.toISOString() ?? null,
      resourcesDone: resources.filter((r) => r.done).length,
      resourcesTotal: resources.length,
      note: topic.notes[0]?.body ?? "",
      resources,
    };
  });
}

/** One CSV row per topic. Cells that a spreadsheet would run as formulas are escaped. */
export function toCsv(topics: ExportedTopic[]): string {
  const rows = topics.map(({ resources: _resources, ...row }) => row);
  return toCsvText(rows);
}
