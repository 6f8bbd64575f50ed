import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectSignedInAs, mainNav, signIn } from "./support/auth";
import { DEMO_LEARNER } from "./support/demo-learner";

test("a new learner signs up, signs out, signs in again and reads a topic", async ({ page }) => {
  const id = randomUUID().slice(0, 8);
  const learner = { name: `Ada ${id}`, email: `ada-${id}@e2e.waypoint.test`, password: `correct-horse-${id}` };

  await page.goto("/signup");
  await page.getByLabel("Name", { exact: true }).fill(learner.name);
  await page.getByLabel("Email", { exact: true }).fill(learner.email);
  await page.getByLabel("Password", { exact: true }).fill(learner.password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/");
  await expectSignedInAs(page, learner.name);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome back, ${learner.name}`);

  await mainNav(page).getByRole("button", { name: "Sign out" }).click();
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(mainNav(page)).not.toContainText("Signed in as");

  await signIn(page, learner.email, learner.password);
  await expect(page).toHaveURL("/");
  await expectSignedInAs(page, learner.name);

  // Tracks → the first track → its first topic, by clicking like a learner.
  await mainNav(page).getByRole("link", { name: "Tracks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tracks");
  const firstTrack = page.getByRole("main").locator('a[href^="/tracks/"]').first();
  const trackTitle = (await firstTrack.getByRole("heading").textContent())!.trim();
  await firstTrack.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(trackTitle);

  await page.getByRole("main").locator('a[href^="/topics/"]').first().click();
  await expect(page).toHaveURL(/\/topics\/[a-z0-9-]+$/);
  const topicTitle = page.getByRole("heading", { level: 1 });
  await expect(topicTitle).not.toBeEmpty();
  await expect(page).toHaveTitle(`${await topicTitle.textContent()} · Waypoint`);
  await expect(page.getByRole("heading", { level: 2, name: "Key points" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Resources" })).toBeVisible();

  // Every link that leaves the site opens in a new tab without handing over window.opener.
  const resources = page.getByRole("region", { name: "Resources" }).getByRole("link");
  await expect(resources.first()).toBeVisible();
  const external = page.getByRole("main").locator('a[href^="http"]');
  const count = await external.count();
  expect(count).toBeGreaterThanOrEqual(await resources.count());
  for (let i = 0; i < count; i++) {
    await expect(external.nth(i)).toHaveAttribute("target", "_blank");
    await expect(external.nth(i)).toHaveAttribute("rel", /(^|\s)noopener(\s|$)/);
  }
});

test("a wrong password is refused with one vague message", async ({ page }) => {
  await signIn(page, DEMO_LEARNER.email, "not-the-password");

  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL("/signin");
  await expect(mainNav(page)).not.toContainText("Signed in as");
});

test("sign-up refuses a password shorter than 8 characters, next to the field", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name", { exact: true }).fill("Short Password");
  await page.getByLabel("Email", { exact: true }).fill(`short-${randomUUID().slice(0, 8)}@e2e.waypoint.test`);
  const password = page.getByLabel("Password", { exact: true });
  await password.fill("1234567");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByText("Password must be at least 8 characters")).toBeVisible();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/Password must be at least 8 characters/);
  await expect(page).toHaveURL("/signup");
});

test("a session that ended shows the dashboard's sign-in prompt, and signing in from it comes back to the dashboard", async ({ page, context, baseURL }) => {
  // A session cookie that no longer maps to a session (signed out elsewhere, or expired on the server):
  // "/" still goes to the dashboard, whose data request answers 401.
  await context.addCookies([{ name: "authjs.session-token", value: "ended-session", url: baseURL! }]);
  await page.goto("/");
  const prompt = page.getByRole("heading", { name: "Sign in to see your dashboard" });
  await expect(prompt).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome back");
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
  await page.getByLabel("Email", { exact: true }).fill(DEMO_LEARNER.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_LEARNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome back, ${DEMO_LEARNER.name}`);
  await expect(prompt).toHaveCount(0);
});
