import { z } from "zod";
import type { TopicStatus } from "@/lib/progress/schema";

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_LIMIT_MAX = 50;
export const SEARCH_LIMIT_DEFAULT = 20;

/** GET /api/search?q=&limit= — q of 2 to 200 characters (after trimming), limit 1–50. */
export const searchQuerySchema = z.strictObject({
  q: z
    .string()
    .max(SEARCH_QUERY_MAX, `A search can be at most ${SEARCH_QUERY_MAX} characters`)
    .trim()
    .min(2, "Type at least 2 characters to search"),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(SEARCH_LIMIT_DEFAULT),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const SEARCH_ITEM_TYPES = ["topic", "keyPoint", "resource"] as const;
export type SearchItemType = (typeof SEARCH_ITEM_TYPES)[number];

/** [start, end) character offsets of a highlighted match. */
export type HighlightRange = [number, number];

/** One hit of GET /api/search. */
export type SearchItem = {
  type: SearchItemType;
  title: string;
  /** Plain text (Markdown removed) around the first match in the body, "…" where cut. */
  snippet: string;
  /** Where the query matched in `title` and `snippet`: render these as <mark>. */
  highlights: { title: HighlightRange[]; snippet: HighlightRange[] };
  topic: { slug: string; title: string };
  track: { slug: string; title: string };
  /** The page to open: the topic, at its key points or resources. */
  href: string;
  /** A resource's own link. */
  url?: string;
  /** The signed-in learner's status on the item's topic (absent when signed out). */
  status?: TopicStatus;
};

export type SearchResults = { items: SearchItem[] };
