import { z } from "zod";
import { storableString } from "@/lib/text";
import { topicStatusSchema } from "@/lib/progress/schema";

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_LIMIT_MAX = 50;
export const SEARCH_LIMIT_DEFAULT = 20;

/** GET /api/search?q=&limit= — q of 2 to 200 characters (after trimming), limit 1–50. */
export const searchQuerySchema = z.strictObject({
  q: storableString()
    .max(SEARCH_QUERY_MAX, `A search can be at most ${SEARCH_QUERY_MAX} characters`)
    .trim()
    .min(2, "Type at least 2 characters to search"),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(SEARCH_LIMIT_DEFAULT),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const SEARCH_ITEM_TYPES = ["topic", "keyPoint", "resource"] as const;
export type SearchItemType = (typeof SEARCH_ITEM_TYPES)[number];

/** [start, end) character offsets of a highlighted match. */
const highlightRangeSchema = z.tuple([z.number().int(), z.number().int()]);
export type HighlightRange = z.infer<typeof highlightRangeSchema>;

const refSchema = z.object({ slug: z.string(), title: z.string() });

/** One hit of GET /api/search. */
export const searchItemSchema = z.object({
  type: z.enum(SEARCH_ITEM_TYPES),
  title: z.string(),
  /** Plain text (Markdown removed) around the first match in the body, "…" where cut. */
  snippet: z.string(),
  /** Where the query matched in `title` and `snippet`: render these as <mark>. */
  highlights: z.object({ title: z.array(highlightRangeSchema), snippet: z.array(highlightRangeSchema) }),
  topic: refSchema,
  track: refSchema,
  /** The page to open: the topic, at its key points or resources. */
  href: z.string(),
  /** A resource's own link. */
  url: z.string().optional(),
  /** The signed-in learner's status on the item's topic (absent when signed out). */
  status: topicStatusSchema.optional(),
});
export type SearchItem = z.infer<typeof searchItemSchema>;

/** GET /api/search */
export const searchResultsSchema = z.object({ items: z.array(searchItemSchema) });
export type SearchResults = z.infer<typeof searchResultsSchema>;
