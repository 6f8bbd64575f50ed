import "server-only";
import { randomUUID } from "node:crypto";
import { db, type DbTransaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { activeTopic } from "@/lib/catalog/data";
import { isStudyStatus, statusAfterResourceChange } from "@/lib/progress/policy";
import { syncReviewCard } from "@/lib/spaced-review/mutations";
import type { NoteDto, ResourceProgressDto, TopicProgressDto, TopicStatus } from "@/lib/progress/schema";

// Every write is idempotent: repeating it changes no row. Writes to one
// learner's topic (status, ticks) serialize on a transaction-scoped advisory
// lock, so concurrent and conflicting clicks leave one row and a consistent
// roll-up. Raw SQL is used where an atomic INSERT … ON CONFLICT is the point.

const NOTE_ACTIVITY_GAP_MINUTES = 30;

async function requireTopicId(slug: string): Promise<string> {
  const topic = await db.topic.findFirst({ where: { slug, ...activeTopic }, select: { id: true } });
  if (!topic) throw notFound("No topic with this slug.");
  return topic.id;
}

/** Holds (user, topic) until the transaction ends. */
async function lockTopic(tx: DbTransaction, userId: string, topicId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}), hashtext(${topicId}))`;
}

/** One study action; `movedTo` is the status the action moved the topic to, when it moved it (the team feed's "started" / "finished"). */
async function recordActivity(
  tx: DbTransaction,
  { userId, topicId, kind, movedTo }: { userId: string; topicId: string; kind: "TOPIC_STATUS" | "RESOURCE_DONE"; movedTo: TopicStatus | null },
) {
  await tx.studyActivity.create({ data: { userId, topicId, kind, status: movedTo } });
}

/** Writes the topic's status row (created when missing); touches `updated_at` = "last studied here"; keeps the review card in step. */
async function writeTopicStatus(tx: DbTransaction, userId: string, topicId: string, status: TopicStatus, now: Date) {
  const completedAt = status === "DONE" ? now : null;
  await tx.$executeRaw`
    INSERT INTO topic_progress (id, user_id, topic_id, status, completed_at, created_at, updated_at)
    VALUES (${randomUUID()}, ${userId}, ${topicId}, ${status}::"TopicStatus", ${completedAt}, ${now}, ${now})
    ON CONFLICT (user_id, topic_id) DO UPDATE
       SET status = excluded.status,
           completed_at = CASE WHEN excluded.status = 'DONE' THEN COALESCE(topic_progress.completed_at, excluded.completed_at) END,
           updated_at = excluded.updated_at`;
  await syncReviewCard(tx, { userId, topicId, status, now });
}

async function currentStatus(tx: DbTransaction, userId: string, topicId: string) {
  return tx.topicProgress.findUnique({
    where: { userId_topicId: { userId, topicId } },
    select: { status: true, updatedAt: true },
  });
}

/** Sets the caller's status on a topic. Setting the status it already has changes nothing. */
export async function setTopicStatus(userId: string, slug: string, status: TopicStatus): Promise<TopicProgressDto> {
  const topicId = await requireTopicId(slug);
  return db.$transaction(async (tx) => {
    await lockTopic(tx, userId, topicId);
    const current = await currentStatus(tx, userId, topicId);
    if ((current?.status ?? "NOT_STARTED") === status) {
      return { topic: slug, status, updatedAt: current?.updatedAt.toISOString() ?? null };
    }
    const now = new Date();
    await writeTopicStatus(tx, userId, topicId, status, now);
    if (isStudyStatus(status)) await recordActivity(tx, { userId, topicId, kind: "TOPIC_STATUS", movedTo: status });
    return { topic: slug, status, updatedAt: now.toISOString() };
  });
}

/** Ticks or unticks a resource for the caller and rolls the topic's status up (lib/progress/policy.ts). */
export async function setResourceDone(userId: string, resourceId: string, done: boolean): Promise<ResourceProgressDto> {
  const resource = await db.resource.findFirst({
    where: { id: resourceId, status: "ACTIVE", topic: activeTopic },
    select: { id: true, topicId: true },
  });
  if (!resource) throw notFound("No resource with this id.");
  const { topicId } = resource;

  return db.$transaction(async (tx) => {
    await lockTopic(tx, userId, topicId);
    const [current, previous] = await Promise.all([
      currentStatus(tx, userId, topicId),
      tx.resourceProgress.findUnique({ where: { userId_resourceId: { userId, resourceId } }, select: { done: true } }),
    ]);
    const status = current?.status ?? "NOT_STARTED";
    if ((previous?.done ?? false) === done) return { resource: resourceId, done, topicStatus: status };

    const now = new Date();
    await tx.$executeRaw`
      INSERT INTO resource_progress (id, user_id, resource_id, done, created_at, updated_at)
      VALUES (${randomUUID()}, ${userId}, ${resourceId}, ${done}, ${now}, ${now})
      ON CONFLICT (user_id, resource_id) DO UPDATE SET done = excluded.done, updated_at = excluded.updated_at`;
    const [counts] = await tx.$queryRaw<{ total: number; doneCount: number }[]>`
      SELECT count(*)::int AS total, count(rp.id)::int AS "doneCount"
        FROM resources r
        LEFT JOIN resource_progress rp ON rp.resource_id = r.id AND rp.user_id = ${userId} AND rp.done
       WHERE r.topic_id = ${topicId} AND r.status = 'ACTIVE'`;
    const topicStatus = statusAfterResourceChange(status, { done, doneCount: counts!.doneCount, total: counts!.total });
    await writeTopicStatus(tx, userId, topicId, topicStatus, now);
    if (done) await recordActivity(tx, { userId, topicId, kind: "RESOURCE_DONE", movedTo: topicStatus === status ? null : topicStatus });
    return { resource: resourceId, done, topicStatus };
  });
}

/**
 * Saves the caller's note on a topic. An unchanged body changes nothing; a
 * changed one touches the topic ("continue where you left off") and counts as
 * study at most once per half hour, however often the editor autosaves.
 */
export async function saveNote(userId: string, slug: string, body: string): Promise<NoteDto> {
  const topicId = await requireTopicId(slug);
  if (body === "") {
    // An empty body on a topic without a note is the note GET already reports: nothing to write.
    const existing = await db.note.findUnique({ where: { userId_topicId: { userId, topicId } }, select: { id: true } });
    if (!existing) return { topic: slug, body, updatedAt: null };
  }
  return db.$transaction(async (tx) => {
    const now = new Date();
    const saved = await tx.$queryRaw<{ updatedAt: Date }[]>`
      INSERT INTO notes (id, user_id, topic_id, body, created_at, updated_at)
      VALUES (${randomUUID()}, ${userId}, ${topicId}, ${body}, ${now}, ${now})
      ON CONFLICT (user_id, topic_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
       WHERE notes.body IS DISTINCT FROM excluded.body
      RETURNING updated_at AS "updatedAt"`;
    if (saved.length === 0) {
      const note = await tx.note.findUniqueOrThrow({ where: { userId_topicId: { userId, topicId } }, select: { updatedAt: true } });
      return { topic: slug, body, updatedAt: note.updatedAt.toISOString() };
    }
    await tx.$executeRaw`
      INSERT INTO topic_progress (id, user_id, topic_id, status, created_at, updated_at)
      VALUES (${randomUUID()}, ${userId}, ${topicId}, 'NOT_STARTED', ${now}, ${now})
      ON CONFLICT (user_id, topic_id) DO UPDATE SET updated_at = excluded.updated_at`;
    const recentSince = new Date(now.getTime() - NOTE_ACTIVITY_GAP_MINUTES * 60_000);
    await tx.$executeRaw`
      INSERT INTO study_activity (user_id, topic_id, kind, occurred_at)
      SELECT ${userId}, ${topicId}, 'NOTE', ${now}
       WHERE NOT EXISTS (SELECT 1 FROM study_activity
                          WHERE user_id = ${userId} AND topic_id = ${topicId} AND kind = 'NOTE' AND occurred_at > ${recentSince})`;
    return { topic: slug, body, updatedAt: saved[0]!.updatedAt.toISOString() };
  });
}

/**
 * Forgets the caller's statuses and ticks on one track's topics. Notes and the
 * study history (heatmap, streaks) are kept: they record what happened.
 */
export async function resetTrackProgress(userId: string, trackSlug: string): Promise<void> {
  const track = await db.track.findFirst({ where: { slug: trackSlug, status: "ACTIVE" }, select: { id: true } });
  if (!track) throw notFound("No track with this slug.");
  await db.$transaction([
    db.resourceProgress.deleteMany({ where: { userId, resource: { topic: { trackId: track.id } } } }),
    db.topicProgress.deleteMany({ where: { userId, topic: { trackId: track.id } } }),
  ]);
}
