// DUPLICATE and SUSPICIOUS (lib/links/flags.ts): crafted inputs for each rule
// and its exceptions, then the shipped roadmap as parsed from the source.
import { describe, expect, it } from "vitest";
import { findDuplicates, findSuspicious, normalizeLinkUrl, type LinkOccurrence } from "@/lib/links/flags";
import { roadmap } from "@/tests/support/roadmap";

describe("normalizeLinkUrl", () => {
  it.each([
    ["HTTPS://WWW.Example.COM/Path/", "https://example.com/Path"],
    ["http://example.com/a", "https://example.com/a"],
    ["https://example.com:443/a", "https://example.com/a"],
    ["http://example.com:80/a", "https://example.com/a"],
    ["https://example.com:8443/a", "https://example.com:8443/a"],
    ["https://example.com/a?utm_source=x&utm_MEDIUM=y&b=2&a=1", "https://example.com/a?a=1&b=2"],
    ["https://example.com/a#section", "https://example.com/a"],
    ["https://example.com/", "https://example.com"],
    ["https://arxiv.org/abs/2311.03099", "https://arxiv.org/abs/2311.03099"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeLinkUrl(input)).toBe(expected);
  });

  it("keeps what tells pages apart: path case, other parameters, sub-domains", () => {
    expect(normalizeLinkUrl("https://example.com/A")).not.toBe(normalizeLinkUrl("https://example.com/a"));
    expect(normalizeLinkUrl("https://example.com/?id=1")).not.toBe(normalizeLinkUrl("https://example.com/?id=2"));
    expect(normalizeLinkUrl("https://docs.example.com/")).not.toBe(normalizeLinkUrl("https://example.com/"));
  });
});

const link = (label: string, url: string, resourceId?: string): LinkOccurrence => ({ label, url, resourceId });

describe("findDuplicates", () => {
  it("flags one address carrying two differently named links, on every spelling of it", () => {
    const flagged = findDuplicates([link("DARE", "https://arxiv.org/abs/2311.03099"), link("TIES", "https://www.arxiv.org/abs/2311.03099/")]);
    expect(flagged).toStrictEqual(
      new Map([
        ["https://arxiv.org/abs/2311.03099", "“DARE” and “TIES” share this address"],
        ["https://www.arxiv.org/abs/2311.03099/", "“DARE” and “TIES” share this address"],
      ]),
    );
  });

  it("flags two resource rows on one address even under one name", () => {
    const flagged = findDuplicates([link("Guide", "https://example.com/guide?utm_source=a", "r1"), link("Guide", "http://example.com/guide", "r2")]);
    expect([...flagged.values()]).toEqual(["2 resources share this address", "2 resources share this address"]);
  });

  it("leaves cross-references alone: one name linked from several places, a resource and a link to it, generic labels", () => {
    expect(
      findDuplicates([
        link("llama.cpp", "https://github.com/ggerganov/llama.cpp"),
        link("llama.cpp", "https://github.com/ggerganov/llama.cpp"),
        link("LM Studio", "https://lmstudio.ai/"),
        link("LM Studio", "https://lmstudio.ai"),
        link("💾 LLM Datasets", "https://github.com/mlabonne/llm-datasets"),
        link("LLM Datasets", "https://github.com/mlabonne/llm-datasets", "r1"),
        link("Axolotl – Documentation", "https://axolotl.example/"),
        link("Axolotl", "https://axolotl.example/"),
        link("A great talk", "https://youtube.example/watch?v=1", "r2"),
        link("here", "https://youtube.example/watch?v=1"),
      ]).size,
    ).toBe(0);
  });

  it("does not confuse different pages", () => {
    expect(findDuplicates([link("A", "https://example.com/a"), link("B", "https://example.com/b")]).size).toBe(0);
  });
});

describe("findSuspicious", () => {
  const huggingFace = [
    link("Hugging Face Hub", "https://huggingface.co/models"),
    link("Hugging Face", "https://huggingface.co/inference-api"),
  ];

  it("flags a label naming a site that other links place on another domain", () => {
    const flagged = findSuspicious([...huggingFace, link("Hugging Face Spaces", "https://chatgpt.com/")]);
    expect(flagged).toStrictEqual(
      new Map([
        ["https://chatgpt.com/", "“Hugging Face Spaces” names Hugging Face, which other links place on huggingface.co; this link goes to chatgpt.com"],
      ]),
    );
  });

  it("needs other links to place the name: alone, the label proves nothing", () => {
    expect(findSuspicious([link("Hugging Face Spaces", "https://chatgpt.com/")]).size).toBe(0);
  });

  it("accepts the same site on another registrable domain of the same name (langchain.com, langchain.dev)", () => {
    expect(
      findSuspicious([
        link("LangChain – Text splitters", "https://python.langchain.com/docs/x"),
        link("LangChain – Query Construction", "https://blog.langchain.dev/query-construction/"),
        link("LangChain – OpenAI’s RAG", "https://blog.langchain.dev/applying-openai-rag/"),
        link("OpenAI", "https://platform.openai.com/"),
      ]).size,
    ).toBe(0);
  });

  it("ignores names that only appear later in a title, and links whose own address names the thing", () => {
    expect(
      findSuspicious([
        link("LM Studio", "https://lmstudio.ai/"),
        link("Run an LLM locally with LM Studio", "https://www.kdnuggets.com/run-an-llm-locally-with-lm-studio"),
        link("Ollama", "https://ollama.ai/"),
        link("Ollama", "https://github.com/ollama/ollama"),
        link("Fast.ai – Practical Deep Learning", "https://course.fast.ai/"),
        link("FastRAG", "https://github.com/IntelLabs/fastRAG"),
      ]).size,
    ).toBe(0);
  });

  it("tells personal sites on shared hosting apart (private suffixes: github.io)", () => {
    const flagged = findSuspicious([
      link("Jalammar – Illustrated Transformer", "https://jalammar.github.io/illustrated-transformer/"),
      link("Jalammar – Word2Vec", "https://colah.github.io/posts/word2vec/"),
    ]);
    expect([...flagged.keys()]).toEqual(["https://colah.github.io/posts/word2vec/"]);
  });
});

describe("the shipped roadmap", () => {
  const occurrences: LinkOccurrence[] = roadmap.tracks.flatMap((track) =>
    track.topics.flatMap((topic) => [
      ...topic.introLinks,
      ...topic.keyPoints.flatMap((point) => point.links),
      ...topic.resources.flatMap((resource) => [link(resource.title, resource.url, `${topic.slug} ${resource.url}`), ...resource.links]),
    ]),
  );

  it("has exactly one duplicate address: DARE and TIES share one arXiv URL", () => {
    expect(findDuplicates(occurrences)).toStrictEqual(new Map([["https://arxiv.org/abs/2311.03099", "“DARE” and “TIES” share this address"]]));
  });

  it("has exactly one suspicious link: “Hugging Face Spaces” pointing to chatgpt.com", () => {
    expect([...findSuspicious(occurrences).keys()]).toEqual(["https://chatgpt.com/"]);
  });
});
