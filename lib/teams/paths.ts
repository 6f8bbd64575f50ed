import "server-only";
import { activeTopic } from "@/lib/catalog/data";
import { totalEffort, type resourceEffort } from "@/lib/catalog/effort";
import { db, type DbTransaction } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { assertTeamCan, type TeamAccess } from "@/lib/teams/access";
import type { PathDto, PathInput, PathItemDto, PathSummaryDto } from "@/lib/teams/schema";

// Learning paths: an ordered list of topics, each optionally narrowed to some
// of its resources. Effort (lib/catalog/effort.ts): an item's is the sum over
// its pinned active resources, or over all of its topic's active resources
// when none is pinned (or every pinned one was archived since); a path's is
// the sum of its items. Items whose topic was archived after the path was made
// are left out of the path (and of progress). Deleting a path archives it:
// hidden from lists, its assignments stop counting, nobody's progress changes.

const NO_PATH = "No path with this id in the team.";

type EffortRow = { id: string; kind: Parameters<typeof resourceEffort>[0]["kind"]; effortMinutes: number | null; position: number };

const resourceSelect = { id: true, kind: true, effortMinutes: true, position: true } as const;
const pathSelect = {
  id: true,
  title: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  items: {
    where: { topic: activeTopic },
    orderBy: { position: "asc" },
    select: {
      topic: {
        select: {
          slug: true,
          title: true,
          track: { select: { slug: true, title: true } },
          resources: { where: { status: "ACTIVE" }, select: resourceSelect },
        },
      },
      resources: { where: { resource: { status: "ACTIVE" } }, select: { resource: { select: resourceSelect } } },
    },
  },
} as const;

type PathRow = {
  id: string;
  title: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
  items: { topic: { slug: string; title: string; track: { slug: string; title: string }; resources: EffortRow[] }; resources: { resource: EffortRow }[] }[];
};


function toPathDto(row: PathRow): PathDto {
  const items: PathItemDto[] = row.items.map((item, position) => {
    const pinned = item.resources.map((r) => r.resource).sort((a, b) => a.position - b.position);
    return {
      position,
      topic: { slug: item.topic.slug, title: item.topic.title, track: item.topic.track },
      resourceIds: pinned.map((r) => r.id),
      effortMinutes: totalEffort(pinned.length > 0 ? pinned : item.topic.resources),
    };
  });
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    effortMinutes: items.reduce((sum, item) => sum + item.effortMinutes, 0),
    items,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function readPath(client: DbTransaction | typeof db, teamId: string, pathId: string): Promise<PathDto | null> {
  const row = await client.learningPath.findFirst({ where: { id: pathId, teamId, status: "ACTIVE" }, select: pathSelect });
  return row ? toPathDto(row) : null;
}

/** The team's active paths, newest first, with effort and item count. */
export async function listPaths(access: TeamAccess): Promise<PathSummaryDto[]> {
  assertTeamCan(access, "path:view");
  const rows = await db.learningPath.findMany({
    where: { teamId: access.teamId, status: "ACTIVE" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: pathSelect,
  });
  return rows.map((row) => {
    const { items, ...path } = toPathDto(row);
    return { ...path, itemCount: items.length };
  });
}

/** One active path of the team with its items in order (null when there is none: archived, another team's). */
export async function getPath(access: TeamAccess, pathId: string): Promise<PathDto | null> {
  assertTeamCan(access, "path:view");
  return readPath(db, access.teamId, pathId);
}

const invalid = (message: string) => new ApiError("validation_failed", message);

/**
 * Turns the request's items into rows, or refuses the whole body (422): a topic
 * that is unknown or archived, a resource that is not an active resource of
 * its item's topic. (Duplicates and sizes were refused by pathInputSchema.)
 */
async function resolveItems(tx: DbTransaction, items: PathInput["items"]) {
  const topics = await tx.topic.findMany({ where: { slug: { in: items.map((i) => i.topic) }, ...activeTopic }, select: { id: true, slug: true } });
  const topicIds = new Map(topics.map((t) => [t.slug, t.id]));
  const wanted = items.flatMap((i) => i.resourceIds ?? []);
  const resources = wanted.length
    ? await tx.resource.findMany({ where: { id: { in: wanted }, status: "ACTIVE" }, select: { id: true, topicId: true } })
    : [];
  const resourceTopic = new Map(resources.map((r) => [r.id, r.topicId]));
  return items.map((item, index) => {
    const topicId = topicIds.get(item.topic);
    if (!topicId) throw invalid(`items.${index}.topic: No active topic "${item.topic}"`);
    const resourceIds = item.resourceIds ?? [];
    for (const id of resourceIds) {
      if (resourceTopic.get(id) !== topicId) throw invalid(`items.${index}.resourceIds: "${id}" is not an active resource of "${item.topic}"`);
    }
    return { topicId, resourceIds };
  });
}

/** Writes the path's items (after any old ones were deleted): two statements whatever the size. */
async function insertItems(tx: DbTransaction, pathId: string, items: Awaited<ReturnType<typeof resolveItems>>) {
  const created = await tx.pathItem.createManyAndReturn({
    data: items.map((item, position) => ({ pathId, topicId: item.topicId, position })),
    select: { id: true, position: true },
  });
  const itemIds = new Map(created.map((row) => [row.position, row.id]));
  const pins = items.flatMap((item, position) => item.resourceIds.map((resourceId) => ({ itemId: itemIds.get(position)!, resourceId })));
  if (pins.length) await tx.pathItemResource.createMany({ data: pins });
}

/** Creates a path (leads). Any invalid item refuses the whole body; nothing is written. */
export async function createPath(access: TeamAccess, input: PathInput): Promise<PathDto> {
  assertTeamCan(access, "path:edit");
  return db.$transaction(async (tx) => {
    const items = await resolveItems(tx, input.items);
    const path = await tx.learningPath.create({
      data: { teamId: access.teamId, title: input.title, description: input.description, createdById: access.userId },
      select: { id: true },
    });
    await insertItems(tx, path.id, items);
    return (await readPath(tx, access.teamId, path.id))!;
  });
}

/**
 * Replaces title, description and items whole (leads). The path row is locked
 * first, so of two concurrent PUTs the later one wins entirely, never a mix.
 */
export async function replacePath(access: TeamAccess, pathId: string, input: PathInput): Promise<PathDto> {
  assertTeamCan(access, "path:edit");
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM learning_paths WHERE id = ${pathId} AND team_id = ${access.teamId} AND status = 'ACTIVE' FOR UPDATE`;
    if (locked.length === 0) throw notFound(NO_PATH);
    const items = await resolveItems(tx, input.items);
    await tx.learningPath.update({ where: { id: pathId }, data: { title: input.title, description: input.description }, select: { id: true } });
    await tx.pathItem.deleteMany({ where: { pathId } });
    await insertItems(tx, pathId, items);
    return (await readPath(tx, access.teamId, pathId))!;
  });
}

/** Archives a path (leads): gone from lists, progress and assignments' counts; idempotent. */
export async function archivePath(access: TeamAccess, pathId: string): Promise<void> {
  assertTeamCan(access, "path:edit");
  const { count } = await db.learningPath.updateMany({ where: { id: pathId, teamId: access.teamId }, data: { status: "ARCHIVED" } });
  if (count === 0) throw notFound(NO_PATH);
}
