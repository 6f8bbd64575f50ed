// The SQL of a search, kept free of "server-only" and of the client so the
// benchmark (bench/search.ts) issues exactly the statement the app does.
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixQueryParts } from "@/lib/search/terms";

/**
 * The SQL of a search: every active topic, key point and resource (of an
 * active topic in an active track) whose search vector matches, best first.
 * The tsquery is the whole query as a web search (`websearch_to_tsquery`,
 * whole words, stemmed) OR its as-you-type form (the complete words AND the
 * last word as a prefix of the words as written); user text only ever reaches
 * PostgreSQL as parameters, and the prefix is built from letters and digits.
 * Titles rank above body text: a title match (weight A, `ts_filter`) sorts
 * first, then `ts_rank` (A 1.0, B 0.4, C 0.2), then topics before key points
 * before resources. The CTEs are MATERIALIZED: computed once each, whatever
 * the planner guesses (inlined, the matches were recomputed per topic).
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
    WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('english', ${query}) || ${prefixQuery} AS query),
    live AS MATERIALIZED (
      SELECT tp.id, tp.slug, tp.title, tp.intro, tp.search_vector, t.slug AS track_slug, t.title AS track_title
        FROM topics tp JOIN tracks t ON t.id = tp.track_id AND t.status = 'ACTIVE'
       WHERE tp.status = 'ACTIVE'),
    hits AS MATERIALIZED (
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
