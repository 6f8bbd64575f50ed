import { expect, test } from "@playwright/test";

type TrackSummary = { slug: string; title: string; topicCount: number; resourceCount: number };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

test("an anonymous visitor sees the three tracks with their topic and resource counts", async ({ page, request }) => {
  const response = await request.get("/api/tracks");
  expect(response.ok()).toBe(true);
  const tracks = (await response.json()) as TrackSummary[];
  expect(tracks.map((track) => track.slug)).toEqual(["llm-fundamentals", "the-llm-scientist", "the-llm-engineer"]);

  await page.goto("/tracks");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tracks");
  const cards = page.getByRole("main").getByRole("listitem");
  await expect(cards).toHaveCount(3);
  for (const [index, track] of tracks.entries()) {
    expect(track.topicCount).toBeGreaterThan(0);
    expect(track.resourceCount).toBeGreaterThan(0);
    const card = cards.nth(index);
    await expect(card.getByRole("heading", { level: 2 })).toHaveText(track.title);
    await expect(card).toContainText(`${plural(track.topicCount, "topic")} · ${plural(track.resourceCount, "resource")}`);
    await expect(card.getByRole("link")).toHaveAttribute("href", `/tracks/${track.slug}`);
  }
});

for (const url of ["/topics/no-such-topic", "/tracks/no-such-track", "/topics/Not_A_Slug"]) {
  test(`an unknown address (${url}) answers 404 with "Page not found"`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Browse the tracks" })).toHaveAttribute("href", "/tracks");
  });
}

// What a phone pays for before the page answers (Lighthouse TBT): the forms'
// libraries load when a form opens, and other pages load when a link is
// about to be followed, not because it scrolled into view.
test("a topic page loads no form library up front, and prefetches a page only on intent", async ({ page }) => {
  const scripts: Promise<string>[] = [];
  const prefetches: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.text());
  });
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(new URL(request.url()).pathname);
  });
  await page.goto("/topics/quantization", { waitUntil: "networkidle" });
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(3);
  expect(bodies.filter((body) => body.includes("ZodError"))).toEqual([]);
  expect(prefetches).toEqual([]);

  const next = page.getByRole("navigation", { name: "Topics in this track" }).getByRole("link").last();
  const target = await next.getAttribute("href");
  const prefetched = page.waitForRequest((request) => !!request.headers()["next-router-prefetch"] && new URL(request.url()).pathname === target);
  await next.hover();
  await prefetched;
});
