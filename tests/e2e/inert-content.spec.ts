import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { expectHydrated } from "./support/csp";
import { LEARNER_STATE } from "./support/demo-learner";
import { HOSTILE_MARKDOWN, HOSTILE_MARKER, INERT_TOPIC } from "./support/hostile";

// Stored content is inert: hostile Markdown (tests/e2e/support/hostile.ts) in
// a topic's intro, a key point and a resource note (inert.setup.ts, through the
// admin API), in a learner's note and in a resource suggestion renders in
// Chromium without running anything: window.__pwned stays 0, no dialog opens,
// no element keeps an on* handler or a javascript:/data:/vbscript: URL.

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Arms the page: __pwned = 0 before any script, and every dialog (alert, confirm, …) counted. */
async function watchExecution(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__pwned = 0;
  });
  return dialogs;
}

/** Nothing ran, and nothing that could run later (a click, a load) is left in the DOM. */
async function expectInert(page: Page, dialogs: string[]) {
  await expectHydrated(page);
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const dangerous = /^(javascript|data|vbscript):/;
    for (const element of document.querySelectorAll("*")) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) problems.push(`<${element.localName} ${name}>`);
        // As a browser reads a URL: control characters and whitespace inside the scheme are ignored.
        const url = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        // React renders its own forms whose action is a function with this placeholder (it never runs: React handles submit).
        const reactFormAction = value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.");
        if (["href", "src", "srcdoc", "data", "action", "formaction", "xlink:href"].includes(name) && dangerous.test(url) && !reactFormAction) {
          problems.push(`<${element.localName} ${name}="${value}">`);
        }
      }
    }
    for (const element of document.querySelectorAll("main iframe, main object, main embed, main svg script, main script")) {
      problems.push(`<${element.localName}> in the content`);
    }
    return { pwned: window.__pwned, problems };
  });
  expect(found.problems).toEqual([]);
  expect(found.pwned, "no payload ran").toBe(0);
  expect(dialogs, "no payload opened a dialog").toEqual([]);
}

test.describe("anonymous", () => {
  test("a topic's intro, key point and resource note render inert", async ({ page }) => {
    const dialogs = await watchExecution(page);
    await page.goto(`/topics/${INERT_TOPIC}`);
    // Intro, key point and resource note: the sample rendered three times, its safe parts intact.
    await expect(page.getByText(HOSTILE_MARKER)).toHaveCount(3);
    await expect(page.getByRole("link", { name: "safe link" }).first()).toHaveAttribute("href", "https://example.com/inert");
    await expectInert(page, dialogs);
  });
});

test.describe("the admin", () => {
  test.use({ storageState: ADMIN_STATE });

  test("the topic's editing page renders the key point inert", async ({ page }) => {
    const dialogs = await watchExecution(page);
    await page.goto(`/admin/content/topics/${INERT_TOPIC}`);
    await expect(page.getByText(HOSTILE_MARKER).first()).toBeVisible();
    await expectInert(page, dialogs);
  });
});

test.describe("a learner", () => {
  test.use({ storageState: LEARNER_STATE });

  test("their own note renders inert in the preview", async ({ page, baseURL }) => {
    const saved = await page.request.put(`/api/notes/${INERT_TOPIC}`, { headers: { origin: baseURL! }, data: { body: HOSTILE_MARKDOWN } });
    expect(saved.status(), await saved.text()).toBe(200);
    const dialogs = await watchExecution(page);
    await page.goto(`/topics/${INERT_TOPIC}`);
    await page.getByRole("group", { name: "Note view" }).getByRole("button", { name: "Preview" }).click();
    // Intro, key point, resource note and now the note.
    await expect(page.getByText(HOSTILE_MARKER)).toHaveCount(4);
    await expectInert(page, dialogs);
  });

  test("a resource suggestion is refused with a script URL, and renders inert in the review queue and My submissions", async ({ page, baseURL, browser }) => {
    const headers = { origin: baseURL! };
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JAVASCRIPT:alert(1)", " javascript:alert(1)"]) {
      const refused = await page.request.post(`/api/topics/${INERT_TOPIC}/suggestions`, { headers, data: { title: "Bad URL", url } });
      expect(refused.status(), url).toBe(422);
    }
    const mark = randomUUID().slice(0, 8);
    const title = `<img src=x onerror="window.__pwned=20"> [x](javascript:window.__pwned=21) ${mark}`;
    const made = await page.request.post(`/api/topics/${INERT_TOPIC}/suggestions`, {
      headers,
      data: { title, url: `https://example.com/suggested/${mark}`, note: HOSTILE_MARKDOWN },
    });
    expect(made.status(), await made.text()).toBe(201);

    const dialogs = await watchExecution(page);
    await page.goto("/submissions");
    await expect(page.getByText(mark)).toBeVisible();
    await expectInert(page, dialogs);

    const admin = await browser.newPage({ storageState: ADMIN_STATE });
    const adminDialogs = await watchExecution(admin);
    await admin.goto("/admin/review?type=SUGGESTION");
    await expect(admin.getByTestId("review-item").filter({ hasText: mark })).toBeVisible();
    await expectInert(admin, adminDialogs);
    await admin.close();
  });
});
