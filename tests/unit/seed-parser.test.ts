import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { findMojibake, repairMojibake } from "@/seed/mojibake";
import { parseRoadmap, type ParsedResource } from "@/seed/parse-roadmap";

const SOURCE_PATH = fileURLToPath(new URL("../../seed/source/llm-course-2025.txt", import.meta.url));
const raw = readFileSync(SOURCE_PATH, "utf8");
const roadmap = parseRoadmap(raw);
const topics = roadmap.tracks.flatMap((t) => t.topics);
const resources = topics.flatMap((t) => t.resources);

/**
 * Counts taken straight from the raw (still mangled) file, without the parser:
 * each "### N." section up to the next heading, split at its Resources/References line.
 */
const expectedTopics = raw
  .split(/^(?=### \d+\. )/m)
  .slice(1)
  .map((chunk) => {
    const lines = chunk.split(/^### (?!\d+\. )/m)[0]!.split("\n");
    const label = lines.findIndex((l) => /^(Resources|References):\s*$/.test(l));
    if (label < 0) throw new Error(`no Resources/References line under ${lines[0]}`);
    const bullets = (part: string[]) => part.filter((l) => l.startsWith("* "));
    const after = bullets(lines.slice(label + 1));
    return {
      number: Number(/^### (\d+)\./.exec(lines[0]!)![1]),
      keyPoints: bullets(lines.slice(0, label)).length,
      resources: after.length,
      urls: after.map((l) => /^\* \[[^\]]*\]\((http[^)\s]+)\)/.exec(l)?.[1]),
    };
  });

function resource(title: string): ParsedResource {
  const found = resources.find((r) => r.title === title);
  if (!found) throw new Error(`no resource titled ${title}`);
  return found;
}

/** Every string anywhere in a parsed value, for the mojibake sweep. */
function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

describe("parseRoadmap on the real LLM course document", () => {
  it("finds the three tracks in order with titles, summaries and intros", () => {
    expect(roadmap.tracks.map((t) => [t.position, t.slug, t.title])).toEqual([
      [0, "llm-fundamentals", "LLM Fundamentals"],
      [1, "the-llm-scientist", "The LLM Scientist"],
      [2, "the-llm-engineer", "The LLM Engineer"],
    ]);
    expect(roadmap.tracks[0]!.summary).toBe("Covers essential topics such as mathematics, Python, and neural networks.");
    expect(roadmap.tracks[2]!.intro).toMatch(/^This part of the course teaches you how to build production-grade/);
    expect(roadmap.tracks.map((t) => t.topics.length)).toEqual([4, 8, 7]);
  });

  it("matches independently counted key points and resources for every topic", () => {
    expect(topics).toHaveLength(expectedTopics.length);
    topics.forEach((topic, i) => {
      const expected = expectedTopics[i]!;
      expect({ slug: topic.slug, number: topic.number, keyPoints: topic.keyPoints.length, resources: topic.resources.length })
        .toEqual({ slug: topic.slug, number: expected.number, keyPoints: expected.keyPoints, resources: expected.resources });
    });
  });

  it("keeps every resource URL exactly once in its own topic", () => {
    topics.forEach((topic, i) => {
      const urls = topic.resources.map((r) => r.url);
      for (const url of expectedTopics[i]!.urls) {
        expect(url, `a resource line in ${topic.slug} is not a link`).toBeDefined();
        expect(urls.filter((u) => u === url), `${url} in ${topic.slug}`).toHaveLength(1);
      }
    });
  });

  it("accounts for every markdown link in the source", () => {
    const parsedLinks =
      resources.length +
      topics.reduce((n, t) => n + t.introLinks.length, 0) +
      topics.flatMap((t) => t.keyPoints).reduce((n, k) => n + k.links.length, 0) +
      resources.reduce((n, r) => n + r.links.length, 0);
    expect(parsedLinks).toBe(raw.match(/\]\(http/g)!.length);
  });

  it("spot-checks a topic, positions and slugs", () => {
    const maths = topics.find((t) => t.slug === "mathematics-for-machine-learning")!;
    expect(maths.keyPoints.map((k) => k.title)).toEqual(["Linear Algebra", "Calculus", "Probability and Statistics"]);
    expect(maths.resources).toHaveLength(7);
    expect(maths.resources.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(topics.map((t) => t.slug)).toContain("natural-language-processing-nlp");
    expect(topics.map((t) => t.slug)).toContain("the-llm-architecture");
    expect(new Set(topics.map((t) => t.slug)).size).toBe(topics.length);
  });

  it("leaves no mojibake anywhere and repairs the special characters", () => {
    expect(allStrings(roadmap).flatMap(findMojibake)).toEqual([]);
    expect(resource("Evaluation Guidebook").author).toBe("Clémentine Fourrier");
    const evaluation = topics.find((t) => t.slug === "evaluation")!;
    expect(evaluation.intro).toContain("Goodhart’s law: “When a measure becomes a target");
    const datasets = topics.find((t) => t.slug === "post-training-datasets")!;
    expect(datasets.intro).toContain("[💾 LLM Datasets](https://github.com/mlabonne/llm-datasets) repository.");
    expect(datasets.introLinks).toEqual([{ label: "💾 LLM Datasets", url: "https://github.com/mlabonne/llm-datasets" }]);
  });

  it("reads key points whose name is a link, keeping the text as Markdown", () => {
    const alignment = topics.find((t) => t.slug === "preference-alignment")!;
    const dpo = alignment.keyPoints[1]!;
    expect(dpo).toMatchObject({ key: "direct-preference-optimization", title: "Direct Preference Optimization", position: 1 });
    expect(dpo.text).toMatch(/^This method optimizes the policy/);
    expect(dpo.links[0]).toEqual({ label: "Direct Preference Optimization", url: "https://arxiv.org/abs/2305.18290" });
    const merging = topics.find((t) => t.slug === "new-trends")!.keyPoints[0]!;
    expect(merging.text).toContain("The [mergekit](https://github.com/cg123/mergekit) library");
    expect(merging.links.map((l) => l.label)).toEqual(["mergekit", "DARE", "TIES"]);
  });

  it("extracts authors and notes", () => {
    expect(resource("LLM Visualization").author).toBe("Brendan Bycroft");
    expect(resource("AP Statistics Intuition by Ms Aerin").author).toBe("Ms Aerin");
    expect(resource("3Blue1Brown – The Essence of Linear Algebra").author).toBe("3Blue1Brown");
    expect(resource("Khan Academy – Calculus").author).toBe("Khan Academy");
    expect(resource("Immersive Linear Algebra").author).toBeNull();
    expect(resource("LLM Security")).toMatchObject({ author: "@llm_sec", links: [{ label: "@llm_sec", url: "https://twitter.com/llm_sec" }] });
    expect(resource("nanoGPT")).toMatchObject({
      author: "Andrej Karpathy",
      note: "includes a tokenization video: [here](https://www.youtube.com/watch?v=zduSFxRajkE)",
      links: [{ label: "here", url: "https://www.youtube.com/watch?v=zduSFxRajkE" }],
    });
    expect(resource("nanotron")).toMatchObject({ author: "Hugging Face", note: "used for [SmolLM2](https://github.com/huggingface/smollm)" });
    expect(resource("Real Python")).toMatchObject({ author: null, note: null, links: [] });
  });

  it("infers resource kinds", () => {
    expect(resource("3Blue1Brown – The Essence of Linear Algebra").kind).toBe("VIDEO");
    expect(resource("Distributed Training").kind).toBe("PAPER");
    expect(resource("nanotron").kind).toBe("REPOSITORY");
    expect(resource("Fast.ai – Practical Deep Learning").kind).toBe("COURSE");
    expect(resource("LLM Visualization").kind).toBe("TOOL");
  });
});

describe("parseRoadmap robustness", () => {
  const lines = raw.split("\n");
  const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1;

  it("gives the same result for already-repaired text (repair is idempotent)", () => {
    const repaired = repairMojibake(raw);
    expect(repairMojibake(repaired)).toBe(repaired);
    expect(parseRoadmap(repaired)).toEqual(roadmap);
  });

  it("throws with the line number for a resource line that is not a link", () => {
    const line = lineOf("* [Real Python]");
    const broken = raw.replace("* [Real Python](https://realpython.com/)", "* Real Python - https://realpython.com/");
    expect(() => parseRoadmap(broken)).toThrow(new RegExp(`line ${line}: resource line is not a markdown link`));
  });

  it("throws on stray text after a resource link or among key points", () => {
    const afterLink = raw.replace("(https://bbycroft.net/llm) by Brendan Bycroft", "(https://bbycroft.net/llm) and more");
    expect(() => parseRoadmap(afterLink)).toThrow(new RegExp(`line ${lineOf("* [LLM Visualization]")}:`));
    const stray = raw.replace("* Calculus: Needed", "Calculus: Needed");
    expect(() => parseRoadmap(stray)).toThrow(new RegExp(`line ${lineOf("* Calculus:")}: unexpected text`));
  });

  it("throws on a malformed link, a skipped topic number and an unknown heading", () => {
    const badLink = raw.replace("[Auto-Evol](https://arxiv.org/abs/2406.00770)", "[Auto-Evol](arxiv 2406.00770)");
    expect(() => parseRoadmap(badLink)).toThrow(/malformed markdown link/);
    expect(() => parseRoadmap(raw.replace("### 3. Neural Networks", "### 5. Neural Networks"))).toThrow(
      new RegExp(`line ${lineOf("### 3. Neural Networks")}: expected topic 3`),
    );
    expect(() => parseRoadmap(raw.replace("### The LLM Engineer", "### LLM Engineering"))).toThrow(/neither the next track/);
  });
});
