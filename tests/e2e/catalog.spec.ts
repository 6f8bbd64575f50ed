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
