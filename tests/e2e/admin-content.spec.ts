import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";
import { ADMIN_STATE, E2E_ADMIN } from "./support/admin";
import { LEARNER_STATE } from "./support/demo-learner";

// The admin content editor in a real browser. The journey edits a track of its
// own, archived as soon as it is made, so learners' pages and the catalog
// counts other specs assert never see it (the e2e database is shared).
test.use({ storageState: ADMIN_STATE });

type Resource = { id: string; title: string; url: string; status: string };
type Topic = { slug: string; resources: Resource[] };

/** A hidden track with a topic, two key points and three resources (Alpha, Beta, Gamma), made through the admin API. */
async function makeSandbox(request: APIRequestContext) {
  const id = randomUUID().slice(0, 8);
  const post = async (url: string, data: unknown) => {
    const response = await request.post(url, { data });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  };
  const track = await post("/api/admin/tracks", { title: `E2E editor ${id}`, summary: "Made by admin-content.spec.ts." });
  expect((await request.patch(`/api/admin/tracks/${track.slug}`, { data: { status: "ARCHIVED" } })).status()).toBe(200);
  const topic = await post(`/api/admin/tracks/${track.slug}/topics`, { title: `Editor topic ${id}`, intro: "An **intro**." });
  for (const title of ["First point", "Second point"]) await post(`/api/admin/topics/${topic.slug}/key-points`, { title, text: `${title} text.` });
  for (const title of ["Alpha", "Beta", "Gamma"]) {
    await post(`/api/admin/topics/${topic.slug}/resources`, { title, url: `https://example.com/${id}/${title.toLowerCase()}`, kind: "ARTICLE" });
  }
  return { slug: topic.slug as string, id };
}

async function savedTopic(request: APIRequestContext, slug: string): Promise<Topic> {
  return (await request.get(`/api/admin/topics/${slug}`)).json();
}

const resourceList = (page: Page) => page.getByRole("list", { name: /^Resources of .* in order$/ });
const resourceTitles = (page: Page) => resourceList(page).locator(":scope > li p.font-semibold");
const handle = (page: Page, title: string) => resourceList(page).getByRole("button", { name: `Move ${title}`, exact: true });
const orderSaved = (page: Page, slug: string) =>
  page.waitForResponse((r) => r.request().method() === "PUT" && new URL(r.url()).pathname === `/api/admin/topics/${slug}/resources/order`);

/** Drags `source` onto `target` with the mouse in small steps (dnd-kit's pointer sensor starts after 4 px). */
async function drag(page: Page, source: Locator, target: Locator) {
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 6, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 4, { steps: 12 });
  await page.mouse.up();
}

test("an admin reorders resources by keyboard and by drag, edits one, archives and restores another", async ({ page }) => {
  const { slug, id } = await makeSandbox(page.request);
  await page.goto(`/admin/content/topics/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: `Editor topic ${id}` })).toBeVisible();
  await expect(resourceTitles(page)).toHaveText(["Alpha", "Beta", "Gamma"]);

  // Keyboard: pick Alpha up with Space, one down, drop with Space.
  let saved = orderSaved(page, slug);
  await handle(page, "Alpha").focus();
  await page.keyboard.press("Space");
  await expect(handle(page, "Alpha")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowDown");
  // dnd-kit's live region tells a screen reader where the item is now.
  await expect(page.getByRole("status").filter({ hasText: "Alpha is now at position 2 of 3." })).toBeAttached();
  await page.keyboard.press("Space");
  expect((await saved).status()).toBe(200);
  await expect(page.getByText("Resource order saved.")).toBeVisible();
  await expect(resourceTitles(page)).toHaveText(["Beta", "Alpha", "Gamma"]);
  expect((await savedTopic(page.request, slug)).resources.map((r) => r.title)).toEqual(["Beta", "Alpha", "Gamma"]);

  // Pointer: drag Gamma onto Beta's place at the top.
  saved = orderSaved(page, slug);
  await drag(page, handle(page, "Gamma"), handle(page, "Beta"));
  expect((await saved).status()).toBe(200);
  await expect(resourceTitles(page)).toHaveText(["Gamma", "Beta", "Alpha"]);
  expect((await savedTopic(page.request, slug)).resources.map((r) => r.title)).toEqual(["Gamma", "Beta", "Alpha"]);

  // Edit Beta: a javascript: URL is refused in the form, then a good edit is saved.
  await resourceList(page).getByRole("button", { name: "Edit Beta", exact: true }).click();
  const form = page.getByRole("form", { name: "Edit resource Beta" });
  const editedTitle = `Beta, edited ${id}`; // unique: repeated runs share the database and its audit log
  await form.getByLabel("Resource title").fill(editedTitle);
  await form.getByLabel("URL", { exact: true }).fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save resource" }).click();
  await expect(form.getByText("Enter a full http:// or https:// URL")).toBeVisible();
  await form.getByLabel("URL", { exact: true }).fill(`https://example.com/${id}/beta-v2`);
  await form.getByLabel("Effort (minutes)").fill("45");
  await form.getByLabel("Note", { exact: true }).fill("See **this**.");
  await form.getByRole("group", { name: "Note: write or preview" }).getByRole("button", { name: "Preview" }).click();
  await expect(form.getByRole("region", { name: "Note preview" }).locator("strong")).toHaveText("this");
  await form.getByRole("button", { name: "Save resource" }).click();
  await expect(page.getByText(`Resource “${editedTitle}” saved.`)).toBeVisible();
  await expect(resourceTitles(page)).toHaveText(["Gamma", editedTitle, "Alpha"]);
  const edited = (await savedTopic(page.request, slug)).resources.find((r) => r.title === editedTitle)!;
  expect(edited).toMatchObject({ url: `https://example.com/${id}/beta-v2`, effortMinutes: 45, note: "See **this**." });

  // Archive Alpha, then restore it (it comes back last).
  await resourceList(page).getByRole("button", { name: "Archive Alpha", exact: true }).click();
  await expect(page.getByText("Resource “Alpha” archived: learners keep their ticks.")).toBeVisible();
  await expect(resourceTitles(page)).toHaveText(["Gamma", editedTitle]);
  await page.getByRole("button", { name: "Restore Alpha", exact: true }).click();
  await expect(page.getByText("Resource “Alpha” restored.")).toBeVisible();
  await expect(resourceTitles(page)).toHaveText(["Gamma", editedTitle, "Alpha"]);
  expect((await savedTopic(page.request, slug)).resources.map((r) => [r.title, r.status])).toEqual([
    ["Gamma", "ACTIVE"], [editedTitle, "ACTIVE"], ["Alpha", "ACTIVE"],
  ]);

  // The audit log shows the edit with its before and after.
  await page.goto(`/admin/audit?entityType=resource&actor=${encodeURIComponent(E2E_ADMIN.email)}`);
  const event = page.getByRole("list", { name: "Audit events" }).getByRole("listitem").filter({ hasText: `“${editedTitle}”` }).filter({ hasText: "resource.update" });
  await expect(event.getByRole("deletion").filter({ hasText: "Beta" }).first()).toBeVisible();
  await expect(event.getByRole("insertion").filter({ hasText: editedTitle })).toBeVisible();
  // The CSV link carries the same filters.
  const csvHref = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  expect(csvHref).toBe(`/api/admin/audit.csv?actor=${encodeURIComponent(E2E_ADMIN.email)}&entityType=resource`);
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toContain("resource.update");
  await expectNoAxeViolationsInEitherScheme(page);
});

test("the topic editor has no axe violations with a form in edit mode", async ({ page }) => {
  const { slug } = await makeSandbox(page.request);
  await page.goto(`/admin/content/topics/${slug}`);
  await resourceList(page).getByRole("button", { name: "Edit Alpha", exact: true }).click();
  await expect(page.getByRole("form", { name: "Edit resource Alpha" })).toBeVisible();
  await expectNoAxeViolationsInEitherScheme(page);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test.describe(`admin pages at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const path of ["/admin/content", "/admin/audit", "/admin/users"]) {
      test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
        await expectNoAxeViolationsInEitherScheme(page);
      });
    }
  });
}

test("/admin redirects to the content editor; a learner gets a 404 there", async ({ page, browser }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/content$/);
  const learner = await browser.newContext({ storageState: LEARNER_STATE });
  const response = await (await learner.newPage()).goto("/admin/content");
  expect(response?.status()).toBe(404);
  await learner.close();
});
