// Progress survives content: learners record statuses, ticks and notes
// everywhere; then an admin renames, moves, reorders, archives and restores
// topics and resources through the API, and an edited copy of the source is
// re-imported with `prisma db seed` (a removed topic, a changed URL, a new
// resource, curated rows). Every learner row is still there, the dashboard
// counts are right, and nothing curated was overwritten. Private database.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usePrivateDatabase } from "@/tests/support/private-database";
import { SOURCE_PATH } from "@/tests/support/roadmap";

const privateDb = usePrivateDatabase("waypoint_survives");

let m: typeof import("@/tests/support/admin-api");
let admin: import("@/tests/support/admin-api").AdminApi;
const workDir = mkdtempSync(path.join(tmpdir(), "waypoint-survives-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

beforeAll(async () => {
  m = await import("@/tests/support/admin-api");
  admin = m.adminApi(await m.sessionCookie(await m.createUser({ role: "ADMIN" })));
});

/** Replaces `from` (which must occur exactly once) in `text`. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`"${from}" must occur exactly once in the source`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The shipped source with: NLP removed, Real Python's URL changed, a resource added, and edits to rows an admin curated. */
function editedSource(): string {
  let text = readFileSync(SOURCE_PATH, "utf8");
  const nlpStart = text.indexOf("### 4. Natural Language Processing (NLP)");
  text = text.slice(0, nlpStart) + text.slice(text.indexOf("### The LLM Scientist"));
  text = replaceOnce(text, "* [Real Python](https://realpython.com/)", "* [Real Python](https://www.realpython.com/)");
  text = replaceOnce(text, "* [Fast.ai ", "* [Dive into Deep Learning](https://d2l.ai/)\n* [Fast.ai ");
  // Curated by the admin below: the source's changes to these rows must not land.
  text = replaceOnce(text, "* [Python Data Science Handbook](https://jakevdp.github.io/PythonDataScienceHandbook/)", "* [Python DS Handbook, 2nd edition](https://jakevdp.github.io/PythonDataScienceHandbook/)");
  text = replaceOnce(text, "Neural networks form the backbone of many modern deep learning models.", "Neural networks (edited upstream).");
  return text;
}

/** Runs the real seed command on the private database with SEED_SOURCE; returns what it printed. */
async function seedFrom(source: string): Promise<string> {
  const file = path.join(workDir, `source-${Date.now()}.txt`);
  writeFileSync(file, source);
  const env = { ...process.env, DATABASE_URL: privateDb.database!.url, SEED_SOURCE: file, ADMIN_EMAIL: "", ADMIN_PASSWORD: "", DEMO_EMAIL: "", DEMO_PASSWORD: "" };
  const bin = path.resolve("node_modules", ".bin");
  const { stdout } = await promisify(execFile)(path.join(bin, "prisma"), ["db", "seed"], { env: { ...env, PATH: `${bin}:${process.env.PATH ?? ""}` }, maxBuffer: 10 << 20 });
  return stdout;
}

const topicOf = (slug: string) =>
  m.db.topic.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true, title: true, intro: true, status: true, track: { select: { slug: true } }, resources: { where: { status: "ACTIVE" }, orderBy: { position: "asc" }, select: { id: true, title: true, url: true } } } });

type Dashboard = {
  overall: { done: number; total: number };
  tracks: { slug: string; done: number; inProgress: number; skipped: number; total: number }[];
  updatedSinceDone: { slug: string; newResources: number }[];
};

/** Bars as the database says they should be: active topics of active tracks and the learner's statuses on them. */
async function expectedBars(userId: string) {
  const tracks = await m.db.track.findMany({
    where: { status: "ACTIVE" },
    orderBy: { position: "asc" },
    select: { slug: true, topics: { where: { status: "ACTIVE" }, select: { progress: { where: { userId }, select: { status: true } } } } },
  });
  return tracks
    .filter((t) => t.topics.length > 0)
    .map((t) => {
      const count = (status: string) => t.topics.filter((topic) => topic.progress[0]?.status === status).length;
      return { slug: t.slug, done: count("DONE"), inProgress: count("IN_PROGRESS"), skipped: count("SKIPPED"), total: t.topics.length };
    });
}

describe("progress survives content edits and a re-import", () => {
  it("keeps every learner row, counts right, and every curated field", async () => {
    const topics = await m.db.topic.findMany({ orderBy: [{ track: { position: "asc" } }, { position: "asc" }], select: { slug: true } });
    const slugs = topics.map((t) => t.slug);
    expect(slugs).toHaveLength(19);

    // Three learners with something recorded on every topic.
    const finisher = await m.createLearner();
    const starter = await m.createLearner();
    const skipper = await m.createLearner();
    for (const slug of slugs) {
      for (const resource of (await topicOf(slug)).resources) m.ok(await finisher.api.setDone(resource.id, { done: true }));
      m.ok(await starter.api.setDone((await topicOf(slug)).resources[0]!.id, { done: true }));
      m.ok(await skipper.api.setStatus(slug, { status: "SKIPPED" }));
      for (const learner of [finisher, starter, skipper]) m.ok(await learner.api.saveNote(slug, { body: `${learner.id} on ${slug}` }));
    }
    const learners = [finisher, starter, skipper];
    const before = await Promise.all(learners.map((l) => m.learnerRows(l.id)));
    expect(before[0]!.topicProgress.every((p) => p.status === "DONE")).toBe(true);
    expect(before[1]!.topicProgress.every((p) => p.status === "IN_PROGRESS")).toBe(true);
    expect(before.map((rows) => [rows.topicProgress.length, rows.notes.length])).toStrictEqual([[19, 19], [19, 19], [19, 19]]);

    // The admin's edits, through the API.
    const realPython = (await topicOf("python-for-machine-learning")).resources.find((r) => r.title === "Real Python")!;
    const handbook = (await topicOf("python-for-machine-learning")).resources.find((r) => r.title === "Python Data Science Handbook")!;
    m.ok(await admin.updateTopic("neural-networks", { title: "Neural Networks, curated" }));
    m.ok(await admin.updateTopic("python-for-machine-learning", { track: "the-llm-engineer" }));
    const scientist = (await m.db.topic.findMany({ where: { track: { slug: "the-llm-scientist" } }, orderBy: { position: "asc" }, select: { slug: true } })).map((t) => t.slug);
    m.ok(await admin.orderTopics("the-llm-scientist", { slugs: [...scientist].reverse() }));
    m.ok(await admin.updateTopic(scientist[1]!, { status: "ARCHIVED" }));
    m.ok(await admin.updateTopic(scientist[1]!, { status: "ACTIVE" }));
    const neural = await topicOf("neural-networks");
    m.ok(await admin.orderResources("neural-networks", { ids: neural.resources.map((r) => r.id).reverse() }));
    const ticked = async () => m.ok<{ doneResourceIds: string[] }>(await finisher.api.getTopic("neural-networks")).doneResourceIds;
    m.ok(await admin.updateResource(neural.resources[0]!.id, { status: "ARCHIVED" }));
    expect(await ticked()).not.toContain(neural.resources[0]!.id); // hidden while archived…
    m.ok(await admin.updateResource(neural.resources[0]!.id, { status: "ACTIVE" }));
    expect(await ticked()).toContain(neural.resources[0]!.id); // …and back, tick and all, when restored
    m.ok(await admin.updateResource(handbook.id, { title: "The Python Data Science Handbook (curated)" }));
    const added = m.ok<{ id: string }>(await admin.createResource("neural-networks", { title: "Curated addition", url: "https://example.com/curated", kind: "ARTICLE" }), 201);

    // The re-import of an edited source.
    const printed = await seedFrom(editedSource());
    expect(printed).toContain("Roadmap import: tracks +0 ~0 -0, topics +0 ~0 -1, keyPoints +0 ~0 -4, resources +1 ~1 -6");
    expect(printed).toContain("  archived topic: Natural Language Processing (NLP)");
    expect(printed).toContain("  changed resource: Real Python (url)");

    // Every learner row is still there, untouched: statuses were not rewritten by new or archived resources.
    const after = await Promise.all(learners.map((l) => m.learnerRows(l.id)));
    expect(after).toStrictEqual(before);

    // The changed URL kept its row (so every tick on it); the removed topic is archived with its rows; the new resource exists.
    const python = await topicOf("python-for-machine-learning");
    expect(python.resources.find((r) => r.id === realPython.id)).toStrictEqual({ id: realPython.id, title: "Real Python", url: "https://www.realpython.com/" });
    expect(await m.db.resource.count({ where: { url: { contains: "realpython.com/" }, topic: { slug: "python-for-machine-learning" } } })).toBe(1);
    expect((await topicOf("natural-language-processing-nlp")).status).toBe("ARCHIVED");
    expect(await m.db.linkMention.count({ where: { topic: { slug: "natural-language-processing-nlp" } } })).toBe(0);
    expect((await topicOf("neural-networks")).resources.map((r) => r.title)).toContain("Dive into Deep Learning");

    // Nothing curated was overwritten; the source's view of a curated resource is still recorded for the next match.
    expect(await topicOf("neural-networks")).toMatchObject({ title: "Neural Networks, curated", intro: neural.intro });
    expect(python.track.slug).toBe("the-llm-engineer");
    expect((await m.db.topic.findMany({ where: { track: { slug: "the-llm-scientist" }, status: "ACTIVE" }, orderBy: { position: "asc" }, select: { slug: true } })).map((t) => t.slug)).toStrictEqual(
      // Reversed, and the topic archived then restored went last.
      [...[...scientist].reverse().filter((slug) => slug !== scientist[1]), scientist[1]],
    );
    expect(await m.db.resource.findUniqueOrThrow({ where: { id: handbook.id }, select: { title: true, sourceTitle: true, status: true } })).toStrictEqual({
      title: "The Python Data Science Handbook (curated)", sourceTitle: "Python DS Handbook, 2nd edition", status: "ACTIVE",
    });
    expect(await m.db.resource.findUniqueOrThrow({ where: { id: added.id }, select: { status: true } })).toStrictEqual({ status: "ACTIVE" });

    // Dashboard counts: NLP is gone from the totals, Python counts in the engineer track; the finisher keeps DONE
    // and sees neural networks' two new resources (the curated addition and the imported one).
    for (const learner of learners) {
      const dashboard = m.ok<Dashboard>(await learner.api.dashboard());
      const bars = await expectedBars(learner.id);
      expect(dashboard.tracks.map(({ slug, done, inProgress, skipped, total }) => ({ slug, done, inProgress, skipped, total }))).toStrictEqual(bars);
      expect(dashboard.overall.total).toBe(18);
    }
    const finished = m.ok<Dashboard>(await finisher.api.dashboard());
    expect(finished.overall).toMatchObject({ done: 18, total: 18 });
    expect(finished.tracks.map((t) => [t.slug, t.total])).toStrictEqual([["llm-fundamentals", 2], ["the-llm-scientist", 8], ["the-llm-engineer", 8]]);
    expect(finished.updatedSinceDone.map((t) => [t.slug, t.newResources])).toStrictEqual([["neural-networks", 2]]);
    expect(m.ok<Dashboard>(await starter.api.dashboard()).updatedSinceDone).toStrictEqual([]);
    // The topic page's notice ("2 new resources since you finished") counts the same.
    const { countNewResourcesSinceDone } = await import("@/lib/progress/data");
    expect(await countNewResourcesSinceDone(finisher.id, "neural-networks")).toBe(2);
    expect(await countNewResourcesSinceDone(starter.id, "neural-networks")).toBe(0);
    expect(m.ok<{ status: string }>(await finisher.api.getTopic("neural-networks")).status).toBe("DONE");

    // The original source again: the removed topic comes back with the learners' progress on it.
    const restored = await seedFrom(readFileSync(SOURCE_PATH, "utf8"));
    expect(restored).toContain("  restored topic: Natural Language Processing (NLP)");
    expect((await topicOf("natural-language-processing-nlp")).status).toBe("ACTIVE");
    expect(m.ok<{ status: string; doneResourceIds: string[] }>(await finisher.api.getTopic("natural-language-processing-nlp"))).toMatchObject({ status: "DONE" });
    expect(await Promise.all(learners.map((l) => m.learnerRows(l.id)))).toStrictEqual(before);
    expect(m.ok<Dashboard>(await finisher.api.dashboard()).overall).toMatchObject({ done: 19, total: 19 });
  }, 300_000);
});
