// Pure text helpers of search: the words of a query, the tsquery inputs built
// from them, and highlighting/snippets of plain text. No database, no React:
// shared by lib/search/data.ts and unit-tested on their own.
import type { HighlightRange } from "@/lib/search/schema";

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/**
 * The words of a query, lower-cased: runs of letters and digits only, so
 * nothing that reaches to_tsquery can be an operator (& | ! : * ( ) <->).
 */
export function searchTerms(query: string): string[] {
  const words = query.normalize("NFKC").toLowerCase().match(WORD) ?? [];
  return words.slice(0, MAX_TERMS).map((word) => word.slice(0, MAX_TERM_LENGTH));
}

/**
 * The as-you-type half of a query: the complete words (for plainto_tsquery)
 * and the last, possibly unfinished word as a prefix ("transf:*" for to_tsquery).
 */
export function prefixQueryParts(terms: readonly string[]): { head: string; prefix: string } | null {
  const last = terms.at(-1);
  if (!last) return null;
  return { head: terms.slice(0, -1).join(" "), prefix: `${last}:*` };
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a word of the text answers a query term: it starts with the term
 * (the prefix typed so far), or shares enough of its start to be the same
 * stem ("learning" finds "learned", "models" finds "model"; "model" does not
 * find "modern").
 */
export function wordMatches(word: string, term: string): boolean {
  const need = Math.min(term.length, Math.max(4, term.length - 3));
  return commonPrefixLength(word.toLowerCase(), term) >= need;
}

/** The ranges of `text` whose words match any of `terms` (with `first`, only the first one: no need to scan a long intro to its end). */
export function highlightRanges(text: string, terms: readonly string[], { first = false } = {}): HighlightRange[] {
  if (terms.length === 0) return [];
  const ranges: HighlightRange[] = [];
  for (const match of text.matchAll(WORD)) {
    if (!terms.some((term) => wordMatches(match[0], term))) continue;
    ranges.push([match.index, match.index + match[0].length]);
    if (first) break;
  }
  return ranges;
}

/**
 * Markdown as the plain text a reader sees: links and images become their
 * label, code and emphasis marks, headings, quotes and list bullets go, and
 * whitespace collapses. Good enough for a snippet, not a renderer.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const SNIPPET_LENGTH = 180;
const SNIPPET_LEAD = 50;

/**
 * About 180 characters of `text` around its first match (or its start), cut
 * at word boundaries with "…" where it was cut, and the matches inside it.
 */
export function makeSnippet(text: string, terms: readonly string[]): { snippet: string; ranges: HighlightRange[] } {
  const first = highlightRanges(text, terms, { first: true })[0];
  let start = first && first[0] > SNIPPET_LEAD ? first[0] - SNIPPET_LEAD : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space === -1 || space >= (first?.[0] ?? 0) ? start : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  const lead = start > 0 ? "…" : "";
  const snippet = `${lead}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  return { snippet, ranges: highlightRanges(snippet, terms) };
}
