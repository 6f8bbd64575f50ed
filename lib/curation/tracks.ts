import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { ApiError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import { contentChanged } from "@/lib/catalog/content-changed";
import { editAction, fieldChanges, uniqueSlug } from "@/lib/curation/policy";
import { applyOrder, lockList, nextPosition } from "@/lib/curation/rows";
import type { AdminTrackDto, CreateTrackInput, UpdateTrackInput } from "@/lib/curation/schema";

// Tracks: create, edit, archive/restore (a status edit), reorder. Every
// write holds the "tracks" list lock: creating, restoring and reordering all
// touch positions, and slugs are chosen under it too.

const TRACKS = "tracks";
// /api/admin/tracks/order is the order route, so no track may be called "order".
const RESERVED_SLUGS = new Set(["order"]);
const trackSelect = { id: true, slug: true, title: true, summary: true, intro: true, status: true, position: true, curatedAt: true } as const;
type TrackRow = { id: string; slug: string; title: string; summary: string; intro: string; status: AdminTrackDto["status"]; position: number; curatedAt: Date | null };

const toDto = (row: TrackRow): AdminTrackDto => ({
  slug: row.slug, title: row.title, summary: row.summary, intro: row.intro, status: row.status, position: row.position,
  curatedAt: row.curatedAt?.toISOString() ?? null,
});

/** The track by slug, any status; 404 when there is none. */
export async function trackOrThrow(tx: DbTransaction, slug: string): Promise<TrackRow> {
  const track = await tx.track.findUnique({ where: { slug }, select: trackSelect });
  if (!track) throw notFound("No track with this slug.");
  return track;
}

/** POST /api/admin/tracks: a new active track at the end; its slug is the one asked for (409 if taken) or made from the title. */
export async function createTrack(actor: AuditActor, input: CreateTrackInput): Promise<AdminTrackDto> {
  const row = await db.$transaction(async (tx) => {
    await lockList(tx, TRACKS);
    if (input.slug && RESERVED_SLUGS.has(input.slug)) throw new ApiError("validation_failed", `slug: "${input.slug}" is reserved`);
    const slugs = new Set((await tx.track.findMany({ select: { slug: true } })).map((t) => t.slug));
    if (input.slug && slugs.has(input.slug)) throw new ApiError("conflict", "A track with this slug already exists.");
    for (const reserved of RESERVED_SLUGS) slugs.add(reserved);
    const slug = input.slug ?? uniqueSlug(input.title, (s) => slugs.has(s), "track");
    const last = await tx.track.aggregate({ _max: { position: true } });
    const track = await tx.track.create({
      data: { slug, title: input.title, summary: input.summary, intro: input.intro, position: nextPosition(last._max.position), curatedAt: new Date() },
      select: trackSelect,
    });
    await recordAudit(tx, actor, {
      action: "track.create",
      entity: { type: "track", id: track.id, label: track.title },
      after: { slug: track.slug, title: track.title, summary: track.summary, intro: track.intro, status: track.status },
    });
    return track;
  });
  await contentChanged();
  return toDto(row);
}

/** PATCH /api/admin/tracks/{slug}: the slug never changes; a restored track goes last. */
export async function updateTrack(actor: AuditActor, slug: string, input: UpdateTrackInput): Promise<AdminTrackDto> {
  const row = await db.$transaction(async (tx) => {
    await lockList(tx, TRACKS);
    const current = await trackOrThrow(tx, slug);
    const changes = fieldChanges(
      { title: current.title, summary: current.summary, intro: current.intro, status: current.status },
      { title: input.title, summary: input.summary, intro: input.intro, status: input.status },
    );
    if (!changes) return current;
    const { after } = changes;
    const last = after.status === "ACTIVE" ? await tx.track.aggregate({ _max: { position: true } }) : null;
    const track = await tx.track.update({
      where: { id: current.id },
      data: {
        ...("title" in after ? { title: after.title } : {}),
        ...("summary" in after ? { summary: after.summary } : {}),
        ...("intro" in after ? { intro: after.intro } : {}),
        ...("status" in after ? { status: after.status } : {}),
        ...(last ? { position: nextPosition(last._max.position) } : {}),
        curatedAt: new Date(),
      },
      select: trackSelect,
    });
    await recordAudit(tx, actor, {
      action: editAction("track", current.status, track.status),
      entity: { type: "track", id: track.id, label: track.title },
      before: changes.before,
      after: changes.after,
    });
    return track;
  });
  await contentChanged();
  return toDto(row);
}

/** PUT /api/admin/tracks/order: `slugs` must be every active track once (else 422, nothing written). */
export async function reorderTracks(actor: AuditActor, slugs: string[]): Promise<AdminTrackDto[]> {
  const rows = await db.$transaction(async (tx) => {
    await lockList(tx, TRACKS);
    const active = await tx.track.findMany({ where: { status: "ACTIVE" }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { slug: true, position: true } });
    const now = new Date();
    const change = await applyOrder(
      "slugs",
      active.map((t) => ({ id: t.slug, position: t.position })),
      slugs,
      (slug, position) => tx.track.update({ where: { slug }, data: { position, curatedAt: now } }),
    );
    if (change) {
      await recordAudit(tx, actor, { action: "track.reorder", entity: { type: "track", id: "*", label: "Track order" }, before: { order: change.before }, after: { order: change.after } });
    }
    return tx.track.findMany({ where: { status: "ACTIVE" }, orderBy: { position: "asc" }, select: trackSelect });
  });
  await contentChanged();
  return rows.map(toDto);
}
