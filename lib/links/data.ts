import "server-only";
import { activeTopic } from "@/lib/catalog/data";
import { db, type Prisma } from "@/lib/db";
import type { LastCheckDto, LinkCheckRunDto, LinkMentionDto, LinkOutcome, LinkResourceDto, RedirectHop } from "@/lib/links/schema";

// Only live content counts: an archived resource, topic or track, or a link in
// archived text, is neither checked nor reported.
const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** Every place a URL appears in live content: resources (title) and links inside text (label). */
export type ContentLink = { url: string; label: string; resource?: LinkResourceDto; mention?: LinkMentionDto };

/** The key point or resource note a mention sits in, for people ("intro", "key point “Model Merging”"). */
function describeOwner(ownerKey: string, keyPoint: { title: string } | null, resource: { title: string } | null): string {
  if (keyPoint) return `key point “${keyPoint.title}”`;
  if (resource) return `note of “${resource.title}”`;
  return ownerKey === "intro" ? "introduction" : ownerKey;
}

/** Every http(s) link of live content, resources first, in roadmap order. */
export async function listContentLinks(): Promise<ContentLink[]> {
  const topicSelect = { slug: true, title: true } as const;
  const [resources, mentions] = await Promise.all([
    db.resource.findMany({
      where: { status: "ACTIVE", topic: activeTopic },
      orderBy: [{ topic: { position: "asc" } }, { position: "asc" }],
      select: { id: true, title: true, url: true, topic: { select: topicSelect } },
    }),
    db.linkMention.findMany({
      where: {
        topic: activeTopic,
        OR: [{ keyPointId: null }, { keyPoint: { status: "ACTIVE" } }],
        AND: [{ OR: [{ resourceId: null }, { resource: { status: "ACTIVE" } }] }],
      },
      orderBy: [{ topic: { position: "asc" } }, { position: "asc" }],
      select: {
        label: true,
        url: true,
        ownerKey: true,
        topic: { select: topicSelect },
        keyPoint: { select: { title: true } },
        resource: { select: { title: true } },
      },
    }),
  ]);
  return [
    ...resources.map((r) => ({ url: r.url, label: r.title, resource: { id: r.id, title: r.title, topic: r.topic } })),
    ...mentions.map((m) => ({
      url: m.url,
      label: m.label,
      mention: { label: m.label, where: describeOwner(m.ownerKey, m.keyPoint, m.resource), topic: m.topic },
    })),
  ].filter((link) => isHttp(link.url));
}

/** The distinct URLs a run checks. */
export async function listUrlsToCheck(): Promise<string[]> {
  return [...new Set((await listContentLinks()).map((link) => link.url))];
}

type CheckRow = {
  url: string;
  checkedAt: Date;
  outcome: LinkOutcome;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: RedirectHop[];
  error: string | null;
  ms: number;
};

const toCheckDto = (row: CheckRow): LastCheckDto => ({
  at: row.checkedAt.toISOString(),
  outcome: row.outcome,
  httpStatus: row.httpStatus,
  finalUrl: row.finalUrl,
  redirects: row.redirects,
  error: row.error,
  ms: row.ms,
});

/** The latest `perUrl` checks of each URL, newest first (the first is its current health). One statement. */
export async function recentChecks(urls: string[], perUrl = 5): Promise<Map<string, LastCheckDto[]>> {
  const byUrl = new Map<string, LastCheckDto[]>();
  if (urls.length === 0) return byUrl;
  const rows = await db.$queryRaw<CheckRow[]>`
    SELECT url, checked_at AS "checkedAt", outcome::text AS outcome, http_status AS "httpStatus",
           final_url AS "finalUrl", redirects, error, ms
      FROM (SELECT c.*, row_number() OVER (PARTITION BY url ORDER BY checked_at DESC, id DESC) AS rank
              FROM link_checks c WHERE url = ANY(${urls})) ranked
     WHERE rank <= ${perUrl}
     ORDER BY url, rank`;
  for (const row of rows) byUrl.set(row.url, [...(byUrl.get(row.url) ?? []), toCheckDto(row)]);
  return byUrl;
}

/** Which of `resourceIds` point at a URL whose latest check found it BROKEN (the learner's "reported broken" mark). */
export async function brokenResourceIds(resourceIds: string[]): Promise<string[]> {
  if (resourceIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r.id
      FROM resources r
      JOIN LATERAL (SELECT outcome FROM link_checks c WHERE c.url = r.url ORDER BY checked_at DESC, id DESC LIMIT 1) latest ON true
     WHERE r.id = ANY(${resourceIds}) AND latest.outcome = 'BROKEN'`;
  return rows.map((row) => row.id);
}

/** The columns a run is shown with. */
export const runSelect = {
  id: true,
  status: true,
  trigger: true,
  total: true,
  checked: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const satisfies Prisma.LinkCheckRunSelect;

/** A run row as the API shows it. */
export function toRunDto(run: Prisma.LinkCheckRunGetPayload<{ select: typeof runSelect }>): LinkCheckRunDto {
  return {
    ...run,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/** One run, or null. */
export async function getLinkCheckRun(id: string): Promise<LinkCheckRunDto | null> {
  const run = await db.linkCheckRun.findUnique({ where: { id }, select: runSelect });
  return run ? toRunDto(run) : null;
}

/** The newest run (the admin page shows it on load), or null. */
export async function latestLinkCheckRun(): Promise<LinkCheckRunDto | null> {
  const run = await db.linkCheckRun.findFirst({ orderBy: { createdAt: "desc" }, select: runSelect });
  return run ? toRunDto(run) : null;
}
