import { describe, expect, it } from "vitest";
import { highlightRanges, makeSnippet, markdownToText, prefixQueryParts, searchTerms, wordMatches } from "@/lib/search/terms";

describe("searchTerms", () => {
  it("keeps letters and digits only, lower-cased: no tsquery operator survives", () => {
    expect(searchTerms("Neural  NETWORKS")).toStrictEqual(["neural", "networks"]);
    expect(searchTerms("a&b | !c:* (d) <-> 'e'")).toStrictEqual(["a", "b", "c", "d", "e"]);
    expect(searchTerms("!!! --")).toStrictEqual([]);
    expect(searchTerms("Ünïcode 数学 GPT4")).toStrictEqual(["ünïcode", "数学", "gpt4"]);
  });

  it("keeps at most 8 words of at most 40 characters", () => {
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(searchTerms("x".repeat(60))[0]).toHaveLength(40);
  });
});

describe("prefixQueryParts", () => {
  it("splits the complete words from the word being typed", () => {
    expect(prefixQueryParts(["neural", "netw"])).toStrictEqual({ head: "neural", prefix: "netw:*" });
    expect(prefixQueryParts(["transf"])).toStrictEqual({ head: "", prefix: "transf:*" });
    expect(prefixQueryParts([])).toBeNull();
  });
});

describe("wordMatches / highlightRanges", () => {
  it("matches prefixes and shared stems, not words that merely start alike", () => {
    expect(wordMatches("Transformers", "transf")).toBe(true);
    expect(wordMatches("learned", "learning")).toBe(true);
    expect(wordMatches("model", "models")).toBe(true);
    expect(wordMatches("modular", "model")).toBe(false);
    expect(wordMatches("net", "network")).toBe(false);
  });

  it("returns the ranges of matching words", () => {
    expect(highlightRanges("Neural networks and a network", ["network"])).toStrictEqual([
      [7, 15],
      [22, 29],
    ]);
    expect(highlightRanges("anything", [])).toStrictEqual([]);
  });
});

describe("markdownToText", () => {
  it("keeps what a reader sees", () => {
    expect(markdownToText("## Title\n\n* **Bold** and `code`, a [link](https://x.y/z) and ![img](a.png)\n> quote")).toBe(
      "Title Bold and code, a link and img quote",
    );
  });
});

describe("makeSnippet", () => {
  const long = `${"lorem ipsum ".repeat(20)}the tokenizer splits text ${"dolor sit ".repeat(30)}`.trim();

  it("cuts around the first match at word boundaries, with ellipses, and marks the match", () => {
    const { snippet, ranges } = makeSnippet(long, ["tokenizer"]);
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(182);
    expect(ranges.map(([s, e]) => snippet.slice(s, e))).toStrictEqual(["tokenizer"]);
    expect(snippet).not.toMatch(/…\S*psum…|…[a-z]{1,3} /);
  });

  it("starts at the beginning when there is no match in the body", () => {
    expect(makeSnippet("Short text.", ["absent"])).toStrictEqual({ snippet: "Short text.", ranges: [] });
  });
});
