// The roadmap source the seed imports, parsed the same way, so tests derive
// their expectations from the document rather than from the database.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseRoadmap } from "@/seed/parse-roadmap";

export const SOURCE_PATH = fileURLToPath(new URL("../../seed/source/llm-course-2025.txt", import.meta.url));

export const roadmap = parseRoadmap(readFileSync(SOURCE_PATH, "utf8"));
export const sourceTopics = roadmap.tracks.flatMap((track) => track.topics.map((topic) => ({ track, topic })));

/** The seed's identity for a resource row. */
export const seedKey = (topicSlug: string, url: string) => `${topicSlug} ${url}`;
