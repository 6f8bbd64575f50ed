import { randomUUID } from "node:crypto";
import { expect, test, type Page, type Route } from "@playwright/test";
import { expectSignedInAs, signIn } from "./support/auth";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";

// The learner's days are counted in their zone; pin the browser's so "today" is known.
test.use({ timezoneId: "UTC" });

const TOPIC = "/topics/quantization";

/** A new learner (name and password from the given words), signed in through the form. */
async function signUpAndIn(page: Page, name: string, secret: string) {
  const id = randomUUID().slice(0, 8);
  const learner = { name: `${name} ${id}`, email: `${name.toLowerCase()}-${id}@e2e.waypoint.test`, password: `${secret}-${id}` };
  expect((await page.request.post("/api/users", { data: learner })).status()).toBe(201);
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);
}

const saved = (page: Page, method: string, path: string) =>
  page.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname.startsWith(path) && r.ok());

test("a learner marks a topic done with the keyboard, ticks a resource, writes a note; the dashboard shows it and a reload keeps it", async ({
  page,
}) => {
  await signUpAndIn(page, "Grace", "analytical");

  const today = new Date().toISOString().slice(0, 10);
  const todayCell = page.getByTestId("heatmap").locator(`[data-date="${today}"]`);
  await expect(page.getByTestId("overall-progress")).toHaveAttribute("aria-valuenow", "0");
  await expect(todayCell).toHaveAttribute("data-count", "0");
  await expect(page.getByTestId("streak-current")).toHaveAttribute("data-value", "0");

  await page.goto(TOPIC);
  await expect(page.getByText("Keyboard shortcuts:")).toBeVisible();
  await expect(page.getByRole("radio", { name: /Not started/ })).toBeChecked();
  const statusSaved = saved(page, "PUT", "/api/progress/topics/quantization");
  await page.keyboard.press("d");
  await expect(page.getByRole("radio", { name: /Done/ })).toBeChecked();
  await statusSaved;

  const firstResource = page.getByRole("checkbox").first();
  const tickSaved = saved(page, "PUT", "/api/progress/resources/");
  await firstResource.check();
  await tickSaved;
  await expect(page.getByText(/^1 of \d+ done$/)).toBeVisible();

  const note = page.getByLabel("Your private note on this topic (Markdown)");
  const noteSaved = saved(page, "PUT", "/api/notes/quantization");
  await note.fill("Try **GPTQ** on a 7B model.");
  await noteSaved;
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await expectNoAxeViolationsInEitherScheme(page);

  // The dashboard counts it: one topic done, three study actions today, a one-day streak.
  await page.goto("/");
  // "/" is rewritten to the dashboard by the session cookie's presence, and the cookie stays out of the page.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
  expect(await page.content()).not.toContain(session.value.slice(0, 40));
  await expect(page.getByTestId("overall-progress")).toHaveAttribute("aria-valuenow", "1");
  await expect(page.getByTestId("track-progress-the-llm-scientist")).toHaveAttribute("aria-valuenow", "1");
  await expect(todayCell).toHaveAttribute("data-count", "3");
  await expect(page.getByTestId("streak-current")).toHaveAttribute("data-value", "1");
  await expectNoAxeViolationsInEitherScheme(page);

  // Nothing lives only in the browser: a fresh load shows all of it.
  await page.goto(TOPIC);
  await page.reload();
  await expect(page.getByRole("radio", { name: /Done/ })).toBeChecked();
  await expect(page.getByRole("checkbox").first()).toBeChecked();
  await expect(page.getByLabel("Your private note on this topic (Markdown)")).toHaveValue("Try **GPTQ** on a 7B model.");
});

test("a refused write is rolled back with a visible message", async ({ page }) => {
  await signUpAndIn(page, "Linus", "kernel");
  await page.goto(TOPIC);
  await expect(page.getByRole("radio", { name: /Not started/ })).toBeChecked(); // the learner's part has loaded

  // The session ends behind the page's back (signed out elsewhere): the server refuses the write.
  await page.context().clearCookies();
  await page.keyboard.press("s");
  await expect(page.getByText("Sign in to do this. Your change was undone.")).toBeVisible();
  await expect(page.getByRole("radio", { name: /Not started/ })).toBeChecked();
});

test("two ticks refused one after the other leave the page as the server has it", async ({ page }) => {
  await signUpAndIn(page, "Barbara", "liskov");
  await page.goto(TOPIC);
  const [first, second] = [page.getByRole("checkbox").nth(0), page.getByRole("checkbox").nth(1)];
  await expect(first).not.toBeChecked();

  // The server refuses both ticks; the first answer is held until the second tick is queued behind it.
  const held: Route[] = [];
  await page.route("**/api/progress/resources/*", (route) => void held.push(route));
  const refuse = (route: Route) => route.fulfill({ status: 500, json: { error: { code: "internal", message: "Refused by the test." } } });
  await first.click();
  await second.click();
  await expect(first).toBeChecked();
  await expect(second).toBeChecked();
  await expect.poll(() => held.length).toBe(1);
  await refuse(held[0]!);
  await expect.poll(() => held.length).toBe(2);
  await refuse(held[1]!);

  await expect(page.getByText("Refused by the test. Your change was undone.")).toBeVisible();
  await expect(first).not.toBeChecked();
  await expect(second).not.toBeChecked();
  await expect(page.getByText(/^0 of \d+ done$/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^0 of \d+ done$/)).toBeVisible();
});

test("resetting a track asks first: Escape keeps the progress and hands focus back; confirming clears it", async ({ page }) => {
  await signUpAndIn(page, "Barbara", "liskov");
  const done = async () => (await (await page.request.get("/api/progress/topics/quantization")).json()).status as string;
  expect((await page.request.put("/api/progress/topics/quantization", { data: { status: "DONE" } })).status()).toBe(200);

  await page.goto("/tracks/the-llm-scientist");
  const trigger = page.getByRole("button", { name: "Reset track progress" });
  const dialog = page.getByRole("alertdialog", { name: /^Reset your progress on / });
  // The dialog's code loads on first use; the trigger is there, and usable, from the start.
  await trigger.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  expect(await done()).toBe("DONE");

  await trigger.click();
  const reset = page.waitForResponse((r) => r.request().method() === "DELETE" && new URL(r.url()).pathname === "/api/progress/tracks/the-llm-scientist");
  await dialog.getByRole("button", { name: "Reset progress" }).click();
  expect((await reset).status()).toBe(204);
  await expect(page.getByText(/^Progress on .+ was reset\.$/)).toBeVisible();
  await expect(trigger).toBeFocused();
  expect(await done()).toBe("NOT_STARTED");
});
