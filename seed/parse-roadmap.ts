import type { ResourceKind } from "@/lib/catalog/schema";
import { slugify } from "@/lib/catalog/slug";
import { repairMojibake } from "./mojibake";
import { inferResourceKind } from "./resource-kind";

export type ParsedLink = { label: string; url: string };
export type ParsedResource = { title: string; url: string; author: string | null; kind: ResourceKind; position: number; note: string | null; links: ParsedLink[] };
export type ParsedKeyPoint = { key: string; title: string; text: string; position: number; links: ParsedLink[] };
export type ParsedTopic = { slug: string; number: number; title: string; intro: string; position: number; introLinks: ParsedLink[]; keyPoints: ParsedKeyPoint[]; resources: ParsedResource[] };
export type ParsedTrack = { slug: string; title: string; summary: string; intro: string; position: number; topics: ParsedTopic[] };
export type ParsedRoadmap = { tracks: ParsedTrack[] };

// Slugs are made in one place, shared with the admin API (new tracks, topics, key points).
export { slugify };

type Line = { no: number; text: string };
type Section = { heading: Line; title: string; body: Line[] };
type Segment = { title: string; summary: string };

const URL_PART = String.raw`(https?:\/\/[^\s()]+)`;
const LINK = new RegExp(String.raw`\[([^\]]+)\]\(${URL_PART}\)`, "g");
const WHOLE_LINK = new RegExp(String.raw`^\[([^\]]+)\]\(${URL_PART}\)$`);
const RESOURCE_LINE = new RegExp(String.raw`^\* \[([^\]]+)\]\(${URL_PART}\)(.*)$`);
const LINKED_KEY_POINT = new RegExp(String.raw`^\* \[([^\]]+)\]\(${URL_PART}\): (.+)$`);
const PLAIN_KEY_POINT = /^\* ([^[\]]+?): (.+)$/;
const SEGMENT = /^(\d+)\.\s+(.+?)\s+[–—]\s+(.+)$/;
const TOPIC_HEADING = /^(\d+)\.\s+(.+)$/;
const RESOURCES_LABEL = /^(Resources|References):$/;

function fail(line: number, message: string): never {
  throw new Error(`Roadmap parse error at line ${line}: ${message}`);
}

/** Every markdown link in `markdown`; a leftover `](` means a link we could not read, so we refuse. */
function extractLinks(markdown: string, line: number): ParsedLink[] {
  const links = [...markdown.matchAll(LINK)].map((m) => ({ label: m[1]!, url: m[2]! }));
  if (markdown.replace(LINK, "").includes("](")) fail(line, `malformed markdown link in "${markdown}"`);
  return links;
}

/** Joins body lines back into Markdown, dropping only the blank lines around it. */
function joinMarkdown(lines: Line[]): string {
  return lines.map((l) => l.text).join("\n").trim();
}

/**
 * Parses a roadmap document (mojibake is repaired first) into tracks, topics,
 * key points and resources. Throws an Error naming the line on anything it
 * cannot place, so no content is dropped silently.
 */
export function parseRoadmap(rawText: string): ParsedRoadmap {
  const lines = repairMojibake(rawText)
    .split(/\r?\n/)
    .map((text, i) => ({ no: i + 1, text: text.trimEnd() }));
  const firstHeading = lines.findIndex((l) => l.text.startsWith("### "));
  const segments = parseSegments(lines.slice(0, firstHeading === -1 ? lines.length : firstHeading));

  const tracks: ParsedTrack[] = [];
  const topicSlugs = new Set<string>();
  for (const section of splitSections(lines)) {
    const next = segments[tracks.length];
    if (next && matchesSegment(section.title, next)) {
      const slug = slugify(section.title);
      if (!slug || tracks.some((t) => t.slug === slug)) fail(section.heading.no, `track slug "${slug}" is empty or taken`);
      tracks.push({ slug, title: section.title, summary: next.summary, intro: joinMarkdown(section.body), position: tracks.length, topics: [] });
      continue;
    }
    const track = tracks.at(-1);
    const numbered = TOPIC_HEADING.exec(section.title);
    // Headings before the first track are the document's own preamble (notebook lists etc.).
    if (!track && !numbered) continue;
    if (!track) fail(section.heading.no, `topic "${section.title}" comes before the first track heading`);
    if (!numbered) fail(section.heading.no, `heading "${section.title}" is neither the next track nor a numbered topic`);
    const number = Number(numbered[1]);
    if (number !== track.topics.length + 1) fail(section.heading.no, `expected topic ${track.topics.length + 1}, found ${number}`);
    const topic = parseTopic(section, numbered[2]!.trim(), number, track.topics.length);
    if (topicSlugs.has(topic.slug)) topic.slug = `${track.slug}-${topic.slug}`;
    if (!topic.slug || topicSlugs.has(topic.slug)) fail(section.heading.no, `topic slug "${topic.slug}" is empty or taken`);
    topicSlugs.add(topic.slug);
    track.topics.push(topic);
  }
  if (tracks.length !== segments.length) {
    fail(lines.length, `no "### " heading found for track "${segments[tracks.length]?.title}"`);
  }
  return { tracks };
}

/** The numbered "N. Title – summary" list at the top names the tracks, in order. */
function parseSegments(preamble: Line[]): Segment[] {
  const segments: Segment[] = [];
  for (const line of preamble) {
    const m = SEGMENT.exec(line.text);
    if (!m) continue;
    if (Number(m[1]) !== segments.length + 1) fail(line.no, `expected track ${segments.length + 1} in the overview list`);
    segments.push({ title: m[2]!.trim(), summary: m[3]!.trim() });
  }
  if (segments.length === 0) fail(1, 'no "N. Track – summary" overview list before the first heading');
  return segments;
}

/** "LLM Fundamentals (optional)" in the overview is headed "### LLM Fundamentals". */
function matchesSegment(heading: string, segment: Segment): boolean {
  return heading === segment.title || heading === segment.title.replace(/\s*\([^)]*\)$/, "");
}

function splitSections(lines: Line[]): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    if (line.text.startsWith("### ")) {
      sections.push({ heading: line, title: line.text.slice(4).trim(), body: [] });
    } else if (sections.length > 0) {
      if (/^#{1,6}\s/.test(line.text)) fail(line.no, `unexpected heading level: "${line.text}"`);
      sections.at(-1)!.body.push(line);
    }
  }
  return sections;
}

function parseTopic(section: Section, title: string, number: number, position: number): ParsedTopic {
  let mode: "intro" | "points" | "resources" = "intro";
  const intro: Line[] = [];
  const keyPoints: ParsedKeyPoint[] = [];
  const resources: ParsedResource[] = [];
  let labelLine = 0;
  for (const line of section.body) {
    const text = line.text;
    if (RESOURCES_LABEL.test(text.trim())) {
      if (mode === "resources") fail(line.no, `second "${text.trim()}" line in topic "${title}"`);
      mode = "resources";
      labelLine = line.no;
    } else if (mode === "intro" && !text.startsWith("* ")) {
      intro.push(line);
    } else if (text.trim() === "") {
      continue;
    } else if (!text.startsWith("* ")) {
      fail(line.no, `unexpected text among the ${mode === "points" ? "key points" : "resources"}: "${text}"`);
    } else if (mode === "resources") {
      resources.push(parseResource(line, resources.length));
    } else {
      mode = "points";
      keyPoints.push(parseKeyPoint(line, keyPoints));
    }
  }
  if (labelLine && resources.length === 0) fail(labelLine, `no resources listed in topic "${title}"`);
  const introText = joinMarkdown(intro);
  return {
    slug: slugify(title), number, title, intro: introText, position,
    introLinks: extractLinks(introText, section.heading.no), keyPoints, resources,
  };
}

/** `* Name: text` or `* [Name](url): text`; text stays Markdown, links are collected name first. */
function parseKeyPoint(line: Line, previous: ParsedKeyPoint[]): ParsedKeyPoint {
  const linked = LINKED_KEY_POINT.exec(line.text);
  const plain = linked ? null : PLAIN_KEY_POINT.exec(line.text);
  if (!linked && !plain) fail(line.no, `key point is not "* Name: text": "${line.text}"`);
  const title = (linked ? linked[1]! : plain![1]!).trim();
  const text = linked ? linked[3]! : plain![2]!;
  const nameLinks = linked ? [{ label: title, url: linked[2]! }] : [];

  const base = slugify(title);
  if (!base) fail(line.no, `key point "${title}" has no sluggable characters`);
  let key = base;
  for (let n = 2; previous.some((p) => p.key === key); n++) key = `${base}-${n}`;
  return { key, title, text, position: previous.length, links: [...nameLinks, ...extractLinks(text, line.no)] };
}

/** `* [Title](url)` optionally followed by ` by Author` and/or ` (note)`. */
function parseResource(line: Line, position: number): ParsedResource {
  const m = RESOURCE_LINE.exec(line.text);
  if (!m) fail(line.no, `resource line is not a markdown link: "${line.text}"`);
  const title = m[1]!;
  const url = m[2]!;
  let rest = m[3]!.trim();
  let author: string | null = null;
  const links: ParsedLink[] = [];

  // The author ends where a spaced "(" starts the note; a linked author has no space before "(".
  const by = /^by (.+?)(?=\s+\(|$)/.exec(rest);
  if (by) {
    const authorText = by[1]!.trim();
    links.push(...extractLinks(authorText, line.no));
    author = WHOLE_LINK.exec(authorText)?.[1] ?? authorText.replace(LINK, "$1");
    rest = rest.slice(by[0].length).trim();
  }
  let note: string | null = null;
  if (rest) {
    if (!rest.startsWith("(") || !rest.endsWith(")") || !isBalanced(rest.slice(1, -1))) {
      fail(line.no, `unexpected text after resource link: "${rest}"`);
    }
    note = rest.slice(1, -1).trim();
    links.push(...extractLinks(note, line.no));
  }
  author ??= /\sby\s+(.+)$/.exec(title)?.[1]?.trim() ?? /^(.+?)\s+[–—]\s+\S/.exec(title)?.[1]?.trim() ?? null;
  return { title, url, author, kind: inferResourceKind(url, title), position, note, links };
}

/** True when every ")" closes an earlier "(", so "(a) (b)" is not taken for one note. */
function isBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}
