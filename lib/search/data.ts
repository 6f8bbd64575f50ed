import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TopicStatus } from "@/lib/progress/schema";
import type { SearchItem, SearchItemType } from "@/lib/search/schema";
import { highlightRanges, makeSnippet, markdownToText, prefixQueryParts, searchTerms } from "@/lib/search/terms";

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
 * The SQL of a search: every active topic, key point and resource (of an
 * active topic in an active track) whose search vector matches, best first.
 * The tsquery is the whole query as a web search (`websearch_to_tsquery`,
 * whole words, stemmed) OR its as-you-type form (the complete words AND the
 * last word as a prefix of the words as written); user text only ever reaches
 * PostgreSQL as parameters, and the prefix is built from letters and digits.
 * Titles rank above body text: a title match (weight A, `ts_filter`) sorts
 * first, then `ts_rank` (A 1.0, B 0.4, C 0.2), then topics before key points
 * before resources.
 */
export function searchSql({ query, terms, limit, userId }: { query: string; terms: string[]; limit: number; userId: string | null }) {
  const parts = prefixQueryParts(terms);
  const prefixQuery = parts
    ? Prisma.sql`(plainto_tsquery('english', ${parts.head}) && to_tsquery('simple', ${parts.prefix}))`
    : Prisma.sql`''::tsquery`;
  const status = userId
    ? Prisma.sql`(SELECT p.status FROM topic_progress p WHERE p.topic_id = hits.topic_id AND p.user_id = ${userId})`
    : Prisma.sql`NULL`;
  return Prisma.sql`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) || ${prefixQuery} AS query),
    live AS (
      SELECT tp.id, tp.slug, tp.title, tp.intro, tp.search_vector, t.slug AS track_slug, t.title AS track_title
        FROM topics tp JOIN tracks t ON t.id = tp.track_id AND t.status = 'ACTIVE'
       WHERE tp.status = 'ACTIVE'),
    hits AS (
      SELECT 'topic' AS type, 0 AS type_order, live.title, live.intro AS body, NULL AS url, live.id AS topic_id,
             ts_filter(live.search_vector, '{a}') @@ q.query AS title_match, ts_rank(live.search_vector, q.query) AS rank
        FROM live, q WHERE live.search_vector @@ q.query
      UNION ALL
      SELECT 'keyPoint', 1, kp.title, kp.text, NULL, kp.topic_id,
             ts_filter(kp.search_vector, '{a}') @@ q.query, ts_rank(kp.search_vector, q.query)
        FROM key_points kp, q WHERE kp.status = 'ACTIVE' AND kp.search_vector @@ q.query
      UNION ALL
      SELECT 'resource', 2, r.title, concat_ws(' · ', r.author, r.note), r.url, r.topic_id,
             ts_filter(r.search_vector, '{a}') @@ q.query, ts_rank(r.search_vector, q.query)
        FROM resources r, q WHERE r.status = 'ACTIVE' AND r.search_vector @@ q.query)
    SELECT hits.type, hits.title, hits.body, hits.url,
           live.slug AS "topicSlug", live.title AS "topicTitle", live.track_slug AS "trackSlug", live.track_title AS "trackTitle",
           ${status} AS status
      FROM hits JOIN live ON live.id = hits.topic_id
     ORDER BY hits.title_match DESC, hits.rank DESC, hits.type_order, hits.title
     LIMIT ${limit}`;
}

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
