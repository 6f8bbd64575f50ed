// A small world for the route × role matrix and the fuzzer: the cast (two
// plain learners, a team with its lead and a member, another team's lead, an
// admin) and rows that belong to someone else (the owner's note and progress,
// the team's path, assignment and invites, a learner's open submission, a
// track / topic / key point / resource of their own, a finished link check).
// Fresh rows per call (`createWorld`), so a successful DELETE cannot spoil the
// next call. Import it dynamically after a private database has started.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/accounts/password";
import { sessionCookie, uniqueEmail } from "@/tests/factories";
import { createAssignmentRow, createInviteRow, createPathRow, createTeamRow, dayIn } from "@/tests/support/teams";

export { dayIn };

import { PASSWORD, type SignedIn } from "@/tests/support/route-cases";

export { ACTORS, PASSWORD, type Actor, type SignedIn } from "@/tests/support/route-cases";
let hash: Promise<string> | undefined;

type Person = { id: string; email: string; name: string; cookie: string };

async function person(name: string, role: "LEARNER" | "ADMIN" = "LEARNER"): Promise<Person> {
  hash ??= hashPassword(PASSWORD);
  const user = await db.user.create({
    data: { email: uniqueEmail(name.toLowerCase()), name, role, passwordHash: await hash },
    select: { id: true, email: true, name: true },
  });
  return { ...user, cookie: await sessionCookie(user) };
}

export type World = {
  people: Record<SignedIn, Person>;
  /** A learner outside every team whose rows (note, progress, submission) the others must not touch. */
  owner: Person;
  teamId: string;
  otherTeamId: string;
  pathId: string;
  assignmentId: string;
  /** A pending invite bound to an address. */
  inviteId: string;
  /** An open invite's token (anyone signed in may accept it). */
  inviteToken: string;
  /** A plain member of the team, overdue on the assignment: role changes, removals, reminders. */
  targetId: string;
  /** Seeded catalog rows that every world shares (read, ticked, noted: never edited by the matrix). */
  seed: { track: string; topic: string; resourceId: string };
  /** Curation rows of this world's own (admins edit, archive and reorder them). */
  track: string;
  otherTrack: string;
  topic: string;
  keyPointId: string;
  resourceId: string;
  /** The owner's open suggestion. */
  submissionId: string;
  linkRunId: string;
};

async function curationRows(suffix: string) {
  const position = (await db.track.aggregate({ _max: { position: true } }))._max.position ?? 0;
  const track = await db.track.create({ data: { slug: `matrix-${suffix}`, title: "Matrix track", summary: "", position: position + 1 } });
  const otherTrack = await db.track.create({ data: { slug: `matrix-other-${suffix}`, title: "Matrix other track", summary: "", position: position + 2 } });
  const topic = await db.topic.create({
    data: { trackId: track.id, slug: `matrix-topic-${suffix}`, number: 900_000 + position, title: "Matrix topic", intro: "Intro", position: 1 },
  });
  const keyPoint = await db.keyPoint.create({ data: { topicId: topic.id, key: "k1", title: "Key", text: "Text", position: 1 } });
  const resource = await db.resource.create({
    data: { topicId: topic.id, title: "Matrix resource", url: `https://example.com/matrix/${suffix}`, kind: "ARTICLE", position: 1 },
  });
  return { track: track.slug, otherTrack: otherTrack.slug, topic: topic.slug, topicId: topic.id, keyPointId: keyPoint.id, resourceId: resource.id };
}

let seed: World["seed"] | undefined;
async function seedRows(): Promise<World["seed"]> {
  if (seed) return seed;
  const topic = await db.topic.findFirstOrThrow({
    where: { status: "ACTIVE", resources: { some: { status: "ACTIVE" } }, track: { status: "ACTIVE" } },
    orderBy: { number: "asc" },
    select: { slug: true, track: { select: { slug: true } }, resources: { where: { status: "ACTIVE" }, take: 1, select: { id: true } } },
  });
  return (seed = { track: topic.track.slug, topic: topic.slug, resourceId: topic.resources[0]!.id });
}

export async function createWorld(): Promise<World> {
  const suffix = randomUUID().slice(0, 8);
  const [learner, otherLearner, member, otherLead, lead, admin, owner, target] = await Promise.all([
    person("Learner"), person("Other learner"), person("Member"), person("Other lead"), person("Lead"), person("Admin", "ADMIN"), person("Owner"), person("Target"),
  ]);
  const seeded = await seedRows();
  const team = await createTeamRow({ lead, members: [member, target], name: "Matrix team" });
  const otherTeam = await createTeamRow({ lead: otherLead, name: "Other team" });
  const path = await createPathRow(team.id, [seeded.topic], "Matrix path");
  const assignment = await createAssignmentRow(team.id, path.id, { dueDate: dayIn("UTC", -1) });
  const invite = await createInviteRow(team.id, { email: `pending-${suffix}@test.local` });
  const open = await createInviteRow(team.id);
  const rows = await curationRows(suffix);
  await db.note.create({ data: { userId: owner.id, topicId: rows.topicId, body: "The owner's private note" } });
  await db.topicProgress.create({ data: { userId: owner.id, topicId: rows.topicId, status: "IN_PROGRESS" } });
  const submission = await db.submission.create({
    data: { type: "SUGGESTION", userId: owner.id, topicId: rows.topicId, title: "A suggestion", url: `https://example.com/suggested/${suffix}`, kind: "ARTICLE" },
  });
  const run = await db.linkCheckRun.create({ data: { status: "DONE", trigger: "manual", finishedAt: new Date() } });
  return {
    people: { learner, otherLearner, member, otherLead, lead, admin },
    owner,
    teamId: team.id,
    otherTeamId: otherTeam.id,
    pathId: path.id,
    assignmentId: assignment.id,
    inviteId: invite.id,
    inviteToken: open.token,
    targetId: target.id,
    seed: seeded,
    track: rows.track,
    otherTrack: rows.otherTrack,
    topic: rows.topic,
    keyPointId: rows.keyPointId,
    resourceId: rows.resourceId,
    submissionId: submission.id,
    linkRunId: run.id,
  };
}

// Tables whose rows are not user data: sessions (touched on use), throttling counters.
const UNTRACKED = new Set(["_prisma_migrations", "user_sessions", "rate_limits", "verification_tokens"]);
let fingerprintSql: Prisma.Sql | undefined;

/** A table name as a quoted SQL identifier: inside double quotes, a double quote is doubled. */
const quoteIdentifier = (name: string) => Prisma.raw(`"${name.replaceAll('"', '""')}"`);

/**
 * One number per table of the public schema: row count and a sum of row
 * hashes (order-free). Equal before and after a refused call = nothing written.
 */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  if (!fingerprintSql) {
    const tables = await db.$queryRaw<{ name: string }[]>`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
    // The name is a bound parameter; only the identifier is spliced in, quoted.
    const perTable = tables
      .filter((t) => !UNTRACKED.has(t.name))
      .map((t) => Prisma.sql`SELECT ${t.name}::text AS name, count(*)::text || ':' || coalesce(sum(hashtext(x::text)::bigint), 0)::text AS print FROM ${quoteIdentifier(t.name)} x`);
    fingerprintSql = Prisma.join(perTable, " UNION ALL ");
  }
  const rows = await db.$queryRaw<{ name: string; print: string }[]>(fingerprintSql);
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}
