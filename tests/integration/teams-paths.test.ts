// Learning paths: effort from THE effort table, the exact answer shapes, every
// invalid body refused whole (422, nothing written), PUT replacing everything
// (and the later of two concurrent PUTs winning whole), archiving.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resourceEffort } from "@/lib/catalog/effort";
import { db } from "@/lib/db";
import { apiError, seededTopic, type SeededTopic } from "@/tests/support/progress";
import { createPathRow, createPerson, createTeamRow, teamSnapshot, type Person } from "@/tests/support/teams";

type PathBody = {
  id: string;
  title: string;
  description: string;
  effortMinutes: number;
  items: { position: number; topic: { slug: string; title: string; track: { slug: string; title: string } }; resourceIds: string[]; effortMinutes: number }[];
  createdAt: string;
  updatedAt: string;
};

/** Minutes of the given resources (by THE effort table), or of all the topic's active ones. */
async function effortOf(topic: SeededTopic, resourceIds?: string[]) {
  const rows = await db.resource.findMany({ where: { topicId: topic.id, status: "ACTIVE", ...(resourceIds ? { id: { in: resourceIds } } : {}) }, select: { kind: true, effortMinutes: true } });
  return rows.reduce((sum, r) => sum + resourceEffort(r), 0);
}

const itemOf = async (topic: SeededTopic, position: number, resourceIds: string[] = []) => ({
  position,
  topic: { slug: topic.slug, title: topic.title, track: { slug: topic.track.slug, title: topic.track.title } },
  resourceIds,
  effortMinutes: await effortOf(topic, resourceIds.length ? resourceIds : undefined),
});

// Content of this file's own (seeded rows are shared with every other file and
// must stay as the source says): removed again after the file's tests.
const ownTracks: string[] = [];
async function ownTrack(status: "ACTIVE" | "ARCHIVED") {
  const suffix = randomUUID().slice(0, 8);
  const track = await db.track.create({ data: { slug: `paths-test-${suffix}`, title: "Paths test track", summary: "Made by a test.", position: 9000, status } });
  ownTracks.push(track.id);
  const topic = await db.topic.create({ data: { trackId: track.id, slug: `paths-test-topic-${suffix}`, number: 1, title: "Test topic", intro: "", position: 0 }, select: { id: true, slug: true } });
  return { track, topic, suffix };
}

/** A topic under an archived track (archived content must be refused). */
const archivedTopic = async () => (await ownTrack("ARCHIVED")).topic;

/** An active topic (other files' catalog-wide reads cope with tracks coming and going) with an archived resource. */
async function activeTopicWithArchivedResource() {
  const { track, topic, suffix } = await ownTrack("ACTIVE");
  const resource = await db.resource.create({
    data: { topicId: topic.id, title: "Old", url: `https://example.test/${suffix}`, kind: "ARTICLE", position: 0, status: "ARCHIVED" },
  });
  return { track, topic, archivedResourceId: resource.id };
}

afterAll(async () => {
  if (team) await db.team.delete({ where: { id: team.id } }); // its paths reference this file's topics
  await db.resource.deleteMany({ where: { topic: { trackId: { in: ownTracks } } } });
  await db.topic.deleteMany({ where: { trackId: { in: ownTracks } } });
  await db.track.deleteMany({ where: { id: { in: ownTracks } } });
});

let nn: SeededTopic, align: SeededTopic, evaluation: SeededTopic, quant: SeededTopic;
let lead: Person, member: Person, team: { id: string };
beforeAll(async () => {
  [nn, align, evaluation, quant] = await Promise.all(["neural-networks", "preference-alignment", "evaluation", "quantization"].map(seededTopic)) as [SeededTopic, SeededTopic, SeededTopic, SeededTopic];
  lead = await createPerson();
  member = await createPerson();
  team = await createTeamRow({ lead, members: [member] });
});

describe("POST /api/teams/{teamId}/paths", () => {
  it("creates a path; effort is per item (pinned resources or all the topic's) and summed", async () => {
    const pinned = [align.resourceIds[3]!, align.resourceIds[1]!];
    const res = await lead.api.createPath(team.id, {
      title: "Alignment basics",
      description: "Start here.",
      items: [{ topic: nn.slug }, { topic: align.slug, resourceIds: pinned }, { topic: evaluation.slug, resourceIds: [] }],
    });
    expect(res.status).toBe(201);
    const body = res.body as PathBody;
    const items = [await itemOf(nn, 0), await itemOf(align, 1, [align.resourceIds[1]!, align.resourceIds[3]!]), await itemOf(evaluation, 2)];
    expect(items.map((i) => i.effortMinutes)).toStrictEqual([330, 40, 210]); // the seed's kinds through THE default table
    expect(body).toStrictEqual({
      id: body.id,
      title: "Alignment basics",
      description: "Start here.",
      effortMinutes: 580,
      items,
      createdAt: body.createdAt,
      updatedAt: body.updatedAt,
    });
    expect(await member.api.getPath(team.id, body.id)).toMatchObject({ status: 200, body });
    const list = await member.api.listPaths(team.id);
    expect(list.status).toBe(200);
    const { items: _items, ...summary } = body;
    expect((list.body as unknown[]).find((p) => (p as { id: string }).id === body.id)).toStrictEqual({ ...summary, itemCount: 3 });
  });

  describe("refuses invalid bodies whole: 422, nothing written", () => {
    const cases: Array<[string, () => Promise<unknown>, () => string]> = [
      ["an unknown topic", async () => ({ title: "T", items: [{ topic: nn.slug }, { topic: "no-such-topic" }] }), () => 'items.1.topic: No active topic "no-such-topic"'],
      ["an archived topic", async () => ({ title: "T", items: [{ topic: (await archivedTopic()).slug }] }), () => "items.0.topic: No active topic"],
      [
        "a resource of another topic",
        async () => ({ title: "T", items: [{ topic: nn.slug, resourceIds: [nn.resourceIds[0], align.resourceIds[0]] }] }),
        () => `items.0.resourceIds: "${align.resourceIds[0]}" is not an active resource of "${nn.slug}"`,
      ],
      [
        "an archived resource",
        async () => {
          const { topic, archivedResourceId } = await activeTopicWithArchivedResource();
          return { title: "T", items: [{ topic: topic.slug, resourceIds: [archivedResourceId] }] };
        },
        () => "is not an active resource of",
      ],
      ["an unknown resource id", async () => ({ title: "T", items: [{ topic: nn.slug, resourceIds: ["cnosuchresource000000000"] }] }), () => "is not an active resource of"],
      ["a duplicate topic", async () => ({ title: "T", items: [{ topic: nn.slug }, { topic: align.slug }, { topic: nn.slug }] }), () => `items.2.topic: Topic "${nn.slug}" is already in the path`],
      ["a duplicate resource", async () => ({ title: "T", items: [{ topic: nn.slug, resourceIds: [nn.resourceIds[0], nn.resourceIds[0]] }] }), () => "items.0.resourceIds: A resource is listed twice"],
      ["an empty list", async () => ({ title: "T", items: [] }), () => "items: A path needs at least one topic"],
      ["too many items", async () => ({ title: "T", items: Array.from({ length: 201 }, (_, i) => ({ topic: `topic-${i}` })) }), () => "items: A path can have at most 200 topics"],
      ["no title", async () => ({ items: [{ topic: nn.slug }] }), () => "title: Invalid input: expected string, received undefined"],
      ["a blank title", async () => ({ title: "  ", items: [{ topic: nn.slug }] }), () => "title: Enter a title"],
      ["a topic that is not a slug", async () => ({ title: "T", items: [{ topic: "Not A Slug" }] }), () => "items.0.topic:"],
      ["an unknown field", async () => ({ title: "T", items: [{ topic: nn.slug }], status: "ARCHIVED" }), () => 'Unrecognized key: "status"'],
      ["an unknown item field", async () => ({ title: "T", items: [{ topic: nn.slug, position: 4 }] }), () => 'items.0: Unrecognized key: "position"'],
    ];
    it.each(cases)("%s", async (_name, body, message) => {
      const input = await body();
      const before = await teamSnapshot(team.id);
      for (const call of [() => lead.api.createPath(team.id, input)]) {
        const res = await call();
        expect(res.status).toBe(422);
        const error = (res.body as { error: { code: string; message: string } }).error;
        expect(error.code).toBe("validation_failed");
        expect(error.message).toContain(message());
      }
      expect(await teamSnapshot(team.id)).toStrictEqual(before);
    });

    it.each(cases)("PUT with %s leaves the path as it was", async (_name, body, message) => {
      const path = await createPathRow(team.id, [nn.slug, evaluation.slug]);
      const input = await body();
      const before = await teamSnapshot(team.id);
      const res = await lead.api.replacePath(team.id, path.id, input);
      expect(res.status).toBe(422);
      expect((res.body as { error: { message: string } }).error.message).toContain(message());
      expect(await teamSnapshot(team.id)).toStrictEqual(before);
    });
  });

  it("members may read paths but not write them (403)", async () => {
    const before = await teamSnapshot(team.id);
    expect(await member.api.createPath(team.id, { title: "Mine", items: [{ topic: nn.slug }] })).toMatchObject({
      status: 403,
      body: apiError("forbidden", "Only a team lead can do this."),
    });
    expect(await teamSnapshot(team.id)).toStrictEqual(before);
  });
});

describe("PUT /api/teams/{teamId}/paths/{pathId}", () => {
  it("replaces title, description and the ordered items whole", async () => {
    const created = (await lead.api.createPath(team.id, { title: "V1", description: "old", items: [{ topic: nn.slug }, { topic: align.slug, resourceIds: [align.resourceIds[0]] }] }))
      .body as PathBody;
    const res = await lead.api.replacePath(team.id, created.id, { title: "V2", items: [{ topic: quant.slug }, { topic: nn.slug, resourceIds: [nn.resourceIds[2]] }] });
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({
      id: created.id,
      title: "V2",
      description: "",
      effortMinutes: (await effortOf(quant)) + (await effortOf(nn, [nn.resourceIds[2]!])),
      items: [await itemOf(quant, 0), await itemOf(nn, 1, [nn.resourceIds[2]!])],
      createdAt: created.createdAt,
      updatedAt: (res.body as PathBody).updatedAt,
    });
    const items = await db.pathItem.findMany({ where: { pathId: created.id }, orderBy: { position: "asc" }, select: { topicId: true, position: true, resources: { select: { resourceId: true } } } });
    expect(items).toStrictEqual([
      { topicId: quant.id, position: 0, resources: [] },
      { topicId: nn.id, position: 1, resources: [{ resourceId: nn.resourceIds[2] }] },
    ]);
  });

  it("two leads PUTting at once: the later wins whole, never a mix (many interleavings)", async () => {
    const second = await createPerson();
    const leads = await createTeamRow({ lead, members: [{ id: second.id, teamRole: "LEAD" }] });
    const path = (await lead.api.createPath(leads.id, { title: "Start", items: [{ topic: evaluation.slug }] })).body as PathBody;
    const bodyA = { title: "A", description: "from A", items: [{ topic: nn.slug, resourceIds: [nn.resourceIds[0], nn.resourceIds[1]] }, { topic: align.slug }, { topic: quant.slug }] };
    const bodyB = { title: "B", description: "from B", items: [{ topic: quant.slug, resourceIds: [quant.resourceIds[4]] }, { topic: nn.slug }] };
    const shape = (p: PathBody) => ({ title: p.title, description: p.description, items: p.items.map((i) => ({ topic: i.topic.slug, resourceIds: i.resourceIds })) });
    const expected = {
      A: { title: "A", description: "from A", items: [{ topic: nn.slug, resourceIds: [nn.resourceIds[0], nn.resourceIds[1]] }, { topic: align.slug, resourceIds: [] }, { topic: quant.slug, resourceIds: [] }] },
      B: { title: "B", description: "from B", items: [{ topic: quant.slug, resourceIds: [quant.resourceIds[4]] }, { topic: nn.slug, resourceIds: [] }] },
    };
    const winners = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const [a, b] = await Promise.all(
        round % 2 === 0
          ? [lead.api.replacePath(leads.id, path.id, bodyA), second.api.replacePath(leads.id, path.id, bodyB)]
          : [second.api.replacePath(leads.id, path.id, bodyB), lead.api.replacePath(leads.id, path.id, bodyA)].reverse(),
      );
      expect(a!.status).toBe(200);
      expect(b!.status).toBe(200);
      // Each answer is its own body, whole.
      expect(shape(a!.body as PathBody)).toStrictEqual(expected.A);
      expect(shape(b!.body as PathBody)).toStrictEqual(expected.B);
      const final = (await lead.api.getPath(leads.id, path.id)).body as PathBody;
      expect([expected.A, expected.B]).toContainEqual(shape(final));
      // The later write (its update ran after the other's commit) is the one that stayed.
      const later = (a!.body as PathBody).updatedAt > (b!.body as PathBody).updatedAt ? expected.A : expected.B;
      expect(shape(final)).toStrictEqual(later);
      winners.add(final.title);
      expect(await db.pathItem.count({ where: { pathId: path.id } })).toBe(final.items.length);
    }
    expect(winners.size).toBeGreaterThanOrEqual(1);
  });

  it("another team's path, an archived one or a made-up id → 404", async () => {
    const otherLead = await createPerson();
    const other = await createTeamRow({ lead: otherLead });
    const foreign = await createPathRow(other.id, [nn.slug]);
    const body = { title: "T", items: [{ topic: nn.slug }] };
    expect(await lead.api.replacePath(team.id, foreign.id, body)).toMatchObject({ status: 404, body: apiError("not_found", "No path with this id in the team.") });
    expect(await lead.api.getPath(team.id, foreign.id)).toMatchObject({ status: 404 });
    expect(await lead.api.archivePath(team.id, foreign.id)).toMatchObject({ status: 404 });
    expect(await db.learningPath.findUniqueOrThrow({ where: { id: foreign.id }, select: { title: true, status: true } })).toStrictEqual({ title: "Test path", status: "ACTIVE" });
  });
});

describe("DELETE /api/teams/{teamId}/paths/{pathId} archives", () => {
  it("hides the path from reads and lists, keeps its rows, and is idempotent", async () => {
    const path = (await lead.api.createPath(team.id, { title: "To archive", items: [{ topic: nn.slug }] })).body as PathBody;
    expect(await member.api.archivePath(team.id, path.id)).toMatchObject({ status: 403 });
    expect(await lead.api.archivePath(team.id, path.id)).toMatchObject({ status: 204, body: null });
    expect(await lead.api.archivePath(team.id, path.id)).toMatchObject({ status: 204 });
    expect(await lead.api.getPath(team.id, path.id)).toMatchObject({ status: 404 });
    expect(await lead.api.replacePath(team.id, path.id, { title: "Back", items: [{ topic: nn.slug }] })).toMatchObject({ status: 404 });
    expect(((await lead.api.listPaths(team.id)).body as { id: string }[]).map((p) => p.id)).not.toContain(path.id);
    expect(await db.learningPath.findUniqueOrThrow({ where: { id: path.id }, select: { status: true, _count: { select: { items: true } } } })).toStrictEqual({
      status: "ARCHIVED",
      _count: { items: 1 },
    });
  });

  it("items whose topic was archived later drop out of the path and its effort", async () => {
    const gone = await archivedTopic();
    const path = await createPathRow(team.id, [nn.slug, gone.slug, align.slug]);
    const res = await lead.api.getPath(team.id, path.id);
    expect((res.body as PathBody).items).toStrictEqual([await itemOf(nn, 0), await itemOf(align, 1)]);
    expect((res.body as PathBody).effortMinutes).toBe((await effortOf(nn)) + (await effortOf(align)));
  });
});
