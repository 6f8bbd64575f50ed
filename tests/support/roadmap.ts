// The roadmap source the seed imports, parsed the same way, so tests derive
// their expectations from the document rather than from the database.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseRoadmap, type ParsedRoadmap } from "@/seed/parse-roadmap";

export const SOURCE_PATH = fileURLToPath(new URL("../../seed/source/llm-course-2025.txt", import.meta.url));

export const roadmap = parseRoadmap(readFileSync(SOURCE_PATH, "utf8"));
export const sourceTopics = roadmap.tracks.flatMap((track) => track.topics.map((topic) => ({ track, topic })));

/** The seed's identity for a resource row. */
export const seedKey = (topicSlug: string, url: string) => `${topicSlug} ${url}`;

/** The real roadmap plus `copies - 1` copies with suffixed slugs, placed after it (the query-count test, the search bench). */
export function scaledRoadmap(copies: number): ParsedRoadmap {
  const per = roadmap.tracks.length;
  return {
    tracks: Array.from({ length: copies }, (_, copy) =>
      roadmap.tracks.map((track) =>
        copy === 0
          ? track
          : {
              ...track,
              slug: `${track.slug}-x${copy}`,
              title: `${track.title} (copy ${copy})`,
              position: track.position + copy * per,
              topics: track.topics.map((topic) => ({ ...topic, slug: `${topic.slug}-x${copy}` })),
            },
      ),
    ).flat(),
  };
}
