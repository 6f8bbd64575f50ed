import "server-only";
import { db } from "@/lib/db";
import type { TopicStatus } from "@/lib/progress/schema";
import type { SearchItem, SearchItemType } from "@/lib/search/schema";
import { searchSql } from "@/lib/search/queries";
import { highlightRanges, makeSnippet, markdownToText, searchTerms } from "@/lib/search/terms";

type HitRow = {
  type: SearchItemType;
  title: string;
  body: string;
  url: string | null;
  topicSlug: string;
  topicTitle: string;
  trackSlug: string;
  trackTitle: string;
  status: TopicStatus | null;
};

const HREF_SUFFIX: Record<SearchItemType, string> = { topic: "", keyPoint: "#key-points", resource: "#resources" };

/**
 * Searches the catalog for `query` (2–200 characters, validated by the
 * caller): at most `limit` items, each with a plain-text snippet and the
 * ranges to highlight; with `userId`, the learner's status on each item's topic.
 */
export async function searchCatalog({ query, limit, userId }: { query: string; limit: number; userId: string | null }): Promise<SearchItem[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const rows = await db.$queryRaw<HitRow[]>(searchSql({ query, terms, limit, userId }));
  return rows.map((row) => {
    const { snippet, ranges } = makeSnippet(markdownToText(row.body), terms);
    const item: SearchItem = {
      type: row.type,
      title: row.title,
      snippet,
      highlights: { title: highlightRanges(row.title, terms), snippet: ranges },
      topic: { slug: row.topicSlug, title: row.topicTitle },
      track: { slug: row.trackSlug, title: row.trackTitle },
      href: `/topics/${row.topicSlug}${HREF_SUFFIX[row.type]}`,
    };
    if (row.url) item.url = row.url;
    if (userId) item.status = row.status ?? "NOT_STARTED";
    return item;
  });
}
