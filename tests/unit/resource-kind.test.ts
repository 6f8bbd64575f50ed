import { describe, it, expect } from "vitest";
import { RESOURCE_KINDS } from "@/lib/catalog/schema";
import { inferResourceKind } from "@/seed/resource-kind";

describe("inferResourceKind", () => {
  it.each([
    ["https://www.youtube.com/watch?v=aircAruvnKk", "But what is a Neural Network?", "VIDEO"],
    ["https://youtu.be/i_LwzRVP7bg", "Machine Learning for Everybody", "VIDEO"],
    ["https://arxiv.org/abs/2407.20018", "Distributed Training", "PAPER"],
    ["https://www.andrew.cmu.edu/course/11-667/lectures/W10L2%20Scaling.pdf", "Parallel Training", "PAPER"],
    ["https://github.com/huggingface/nanotron", "nanotron", "REPOSITORY"],
    ["https://huggingface.co/docs/transformers/main/en/chat_templating", "Chat Template", "DOCUMENTATION"],
    ["https://docs.llamaindex.ai/en/stable/getting_started/concepts.html", "High-level concepts", "DOCUMENTATION"],
    ["https://axolotl-ai-cloud.github.io/axolotl/", "Axolotl – Documentation", "DOCUMENTATION"],
    ["https://outlines-dev.github.io/outlines/quickstart/", "Outlines – Quickstart", "DOCUMENTATION"],
    ["https://course.fast.ai/", "Fast.ai – Practical Deep Learning", "COURSE"],
    ["https://www.udacity.com/course/intro-to-machine-learning--ud120", "Intro to Machine Learning", "COURSE"],
    ["https://www.khanacademy.org/math/calculus-1", "Khan Academy – Calculus", "COURSE"],
    ["https://www.kaggle.com/learn-guide/natural-language-processing", "Kaggle – NLP Guide", "COURSE"],
    ["https://huggingface.co/spaces/mteb/leaderboard", "MTEB Leaderboard", "TOOL"],
    ["https://lmarena.ai/", "Chatbot Arena", "TOOL"],
    ["https://bbycroft.net/llm", "LLM Visualization", "TOOL"],
    ["https://jakevdp.github.io/PythonDataScienceHandbook/", "Python Data Science Handbook", "BOOK"],
    ["https://huggingface.co/blog/rlhf", "Illustrating RLHF", "ARTICLE"],
    ["https://huggingface.co/spaces/HuggingFaceFW/blogpost-fineweb-v1", "FineWeb", "ARTICLE"],
    ["https://medium.com/friendliai/understanding-awq", "Understanding AWQ", "ARTICLE"],
    ["https://mlabonne.github.io/blog/posts/Introduction_to_Weight_Quantization.html", "Introduction to Quantization", "ARTICLE"],
    ["https://wandb.ai/alexander-vishnevskiy/dpo/reports/TRL-Original-DPO", "DPO Wandb logs", "ARTICLE"],
    ["https://realpython.com/", "Real Python", "WEBSITE"],
    ["https://www.kdnuggets.com/run-an-llm-locally-with-lm-studio", "Run an LLM locally", "ARTICLE"],
  ] as const)("%s → %s", (url, title, kind) => {
    expect(inferResourceKind(url, title)).toBe(kind);
  });

  it("falls back to ARTICLE for an unparsable URL and only returns known kinds", () => {
    expect(inferResourceKind("not a url", "Something")).toBe("ARTICLE");
    expect(RESOURCE_KINDS).toContain(inferResourceKind("https://example.com/x", "Title"));
  });
});
