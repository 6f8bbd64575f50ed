import "server-only";
import { resourceEffort } from "@/lib/catalog/effort";
import { db } from "@/lib/db";
import type { PickerTrackDto } from "@/lib/teams/schema";

// What the path editor offers: every active topic of every active track, in
// roadmap order, with its active resources and their effort (so the editor
// sums an item's effort as the server will: lib/teams/paths.ts).

const active = { status: "ACTIVE" } as const;

/** Active tracks → topics → resources (one query), each resource with its effort in minutes. */
export async function listPickableTopics(): Promise<PickerTrackDto[]> {
  const tracks = await db.track.findMany({
    where: active,
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      topics: {
        where: active,
        orderBy: { position: "asc" },
        select: {
          slug: true,
          title: true,
          resources: { where: active, orderBy: { position: "asc" }, select: { id: true, title: true, kind: true, effortMinutes: true } },
        },
      },
    },
  });
  return tracks.map((track) => ({
    slug: track.slug,
    title: track.title,
    topics: track.topics.map((topic) => ({
      slug: topic.slug,
      title: topic.title,
      resources: topic.resources.map((resource) => ({
        id: resource.id,
        title: resource.title,
        kind: resource.kind,
        effortMinutes: resourceEffort(resource),
      })),
    })),
  }));
}
