import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectSignedInAs, signIn } from "./support/auth";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";
import { sql } from "./support/database";

// The learner's days are counted in their zone; pin the browser's so "today" is known.
test.use({ timezoneId: "UTC" });

async function newLearner(page: Page) {
  const id = randomUUID().slice(0, 8);
  const learner = { name: `Rosalind ${id}`, email: `rosalind-${id}@e2e.waypoint.test`, password: `double-helix-${id}` };
  expect((await page.request.post("/api/users", { data: { ...learner, timeZone: "UTC" } })).status()).toBe(201);
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);
  return learner;
}

test("search from the header with the keyboard, finish the topic, review it when due, and the streak counts the review", async ({ page }) => {
  const learner = await newLearner(page);

  // "/" focuses the header's search box; suggestions come as you type; ↓ + Enter opens one.
  await page.locator("body").press("/");
  const box = page.getByRole("combobox", { name: "Search topics, key points and resources" });
  await expect(box).toBeFocused();
  await page.keyboard.type("quantiz");
  const suggestions = page.getByRole("listbox", { name: "Suggestions" });
  const first = suggestions.getByRole("option").first();
  await expect(first).toContainText("Quantization");
  await expect(first.locator("mark").first()).toHaveText(/^quantiz/i);
  await page.keyboard.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/topics\/quantization$/);
  await expect(page.getByText("Keyboard shortcuts:")).toBeVisible();
  await expect(box).not.toBeFocused();

  // Finish it (D), then Enter without a highlighted suggestion opens the results page, with the status.
  const statusSaved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().endsWith("/api/progress/topics/quantization") && r.ok());
  await page.keyboard.press("d");
  await statusSaved;
  await page.locator("body").press("/");
  await page.keyboard.type("quantization");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=quantization$/);
  const result = page.getByRole("list", { name: "Search results" }).getByRole("listitem").first();
  await expect(result.getByRole("link", { name: "Quantization" })).toBeVisible();
  await expect(result.getByTestId("search-status")).toHaveText("Done");
  await expectNoAxeViolationsInEitherScheme(page);

  // Not due yet. Then three days pass (moved through the database), and the earlier study is old.
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /Due for review/ })).toHaveCount(0);
  const [user] = await sql<{ id: string }>("SELECT id FROM users WHERE email = $1", [learner.email]);
  await sql("UPDATE review_cards SET due_at = now() - interval '1 day' WHERE user_id = $1", [user!.id]);
  await sql("UPDATE study_activity SET occurred_at = occurred_at - interval '10 days' WHERE user_id = $1", [user!.id]);
  await page.reload();
  await expect(page.getByTestId("streak-current")).toHaveAttribute("data-value", "0");
  await expect(page.getByRole("heading", { name: "Due for review (1 topic)" })).toBeVisible();

  // Review it: key points and the answer buttons; Good schedules the next one.
  await page.getByRole("link", { name: "Review Quantization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review: Quantization" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key points" })).toBeVisible();
  await expectNoAxeViolationsInEitherScheme(page);
  const reviewed = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/me/reviews/quantization") && r.ok());
  await page.getByRole("button", { name: "Good" }).click();
  await reviewed;
  await expect(page.getByRole("status").filter({ hasText: "Reviewed today (Good)" })).toBeVisible();

  // The dashboard: nothing due, and today's review is study: a one-day streak, one action today.
  await page.goto("/");
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByTestId("streak-current")).toHaveAttribute("data-value", "1");
  await expect(page.getByTestId("heatmap").locator(`[data-date="${today}"]`)).toHaveAttribute("data-count", "1");
  await expect(page.getByRole("heading", { name: /Due for review/ })).toHaveCount(0);
  const [logs] = await sql<{ n: number }>("SELECT count(*)::int AS n FROM review_logs l JOIN review_cards c ON c.id = l.card_id WHERE c.user_id = $1", [user!.id]);
  expect(logs!.n).toBe(1);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

  test("the dashboard's heatmap fits inside its card: no week, day or month label is cut at either edge", async ({ page }) => {
    await newLearner(page);
    const region = page.getByRole("region", { name: "Study activity heatmap" });
    await expect(region).toBeVisible();
    const viewport = page.viewportSize()!;
    const box = (await region.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // Neither the page nor the heatmap needs to scroll sideways: all 26 weeks fit.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    // The oldest and the latest day are inside the card, right of the weekday labels (not under them).
    const weekdays = (await page.getByTestId("heatmap-weekdays").boundingBox())!;
    const cells = page.getByTestId("heatmap").locator("[data-date]");
    const today = new Date().toISOString().slice(0, 10);
    await expect(cells.last()).toHaveAttribute("data-date", today);
    for (const cell of [cells.first(), cells.last()]) {
      const b = (await cell.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(weekdays.x + weekdays.width);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
    }
    // Month labels overhang their week column: their text must still end inside the card.
    const labelEnds = await page.getByTestId("heatmap-month").evaluateAll((spans) =>
      spans.filter((span) => span.textContent).map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        return range.getBoundingClientRect().right;
      }),
    );
    expect(labelEnds.length).toBeGreaterThan(0);
    for (const end of labelEnds) expect(end).toBeLessThanOrEqual(box.x + box.width);
  });
});
