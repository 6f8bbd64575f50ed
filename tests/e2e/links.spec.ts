import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";
import { LEARNER_STATE } from "./support/demo-learner";
import { BROKEN_SANDBOX_TITLE, SANDBOX_TOPIC, sandboxUrl } from "./support/sandbox";

// Link health in the browser. The e2e server runs no worker (a run would look
// up the seed's internet hosts), so "check now" is seen queued; a BROKEN
// result comes from sandbox.setup.ts, as a run would have stored it.
test.describe("as an admin", () => {
  test.use({ storageState: ADMIN_STATE });

  test("/admin/links lists the flagged links, filters by flag, and queues a check", async ({ page }) => {
    await page.goto("/admin/links");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Link health");
    const filters = page.getByRole("navigation", { name: "Filter by flag" });
    await expect(filters.getByRole("link", { name: "Suspicious (1)" })).toBeVisible();
    await expect(filters.getByRole("link", { name: "Duplicate (1)" })).toBeVisible();

    const broken = page.getByRole("listitem").filter({ hasText: sandboxUrl(0) });
    await expect(broken).toContainText("Broken");
    await expect(broken).toContainText(`Resource “${BROKEN_SANDBOX_TITLE}” of E2E sandbox`);
    await expect(broken).toContainText("HTTP 404");
    await expectNoAxeViolationsInEitherScheme(page);

    await filters.getByRole("link", { name: "Suspicious (1)" }).click();
    await expect(page).toHaveURL("/admin/links?flag=SUSPICIOUS");
    const cards = page.getByRole("list", { name: "Flagged links" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("https://chatgpt.com/");
    await expect(cards.first()).toContainText("“Hugging Face Spaces” names Hugging Face, which other links place on huggingface.co");

    await filters.getByRole("link", { name: "Duplicate (1)" }).click();
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText("“DARE” and “TIES” share this address");

    // Check now: the run is queued (or already was, from an earlier repeat) and its status shows.
    const status = page.getByTestId("link-check-status");
    const button = page.getByRole("button", { name: /Check now|Checking…/ });
    if (await button.isEnabled()) {
      const queued = page.waitForResponse((r) => r.url().endsWith("/api/admin/link-checks") && r.request().method() === "POST");
      await button.click();
      expect((await queued).status()).toBe(202);
    }
    await expect(status).toHaveText("Queued: waiting for the worker…");
    await expect(page.getByRole("button", { name: "Checking…" })).toBeDisabled();
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    for (const path of ["/admin/links", "/admin/review"]) {
      test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolationsInEitherScheme(page);
      });
    }
  });

  test("/admin/review has no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/admin/review");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review queue");
    await expectNoAxeViolationsInEitherScheme(page);
  });
});

test.describe("as a learner", () => {
  test.use({ storageState: LEARNER_STATE });

  test("a resource whose link was found broken carries a quiet “reported broken” mark", async ({ page }) => {
    await page.goto(`/topics/${SANDBOX_TOPIC}`);
    const items = page.getByRole("region", { name: "Resources" }).getByRole("listitem");
    await expect(items.filter({ hasText: BROKEN_SANDBOX_TITLE })).toContainText("reported broken");
    await expect(items.filter({ hasText: "reported broken" })).toHaveCount(1);
    await expectNoAxeViolationsInEitherScheme(page);
  });

  test("/submissions has no WCAG 2.1 AA violations, and the admin pages are not for learners", async ({ page }) => {
    await page.goto("/submissions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My submissions");
    await expectNoAxeViolationsInEitherScheme(page);
    for (const path of ["/admin/links", "/admin/review"]) {
      expect((await page.goto(path))?.status()).toBe(404);
    }
  });
});
