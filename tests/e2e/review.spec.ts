import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { expectSignedInAs, signIn } from "./support/auth";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";
import { sql } from "./support/database";
import { claimSandboxResource, SANDBOX_TOPIC } from "./support/sandbox";

// The journey: a learner reports a broken link; the admin sees it in
// the queue, fixes the URL and approves; the learner sees "resolved"; the audit
// log holds the change's before and after. The resource is this run's own, in
// the specs' sandbox topic (tests/e2e/support/sandbox.ts).
test("a learner reports a broken link, an admin fixes it, the learner sees it resolved", async ({ page, browser }) => {
  const id = randomUUID().slice(0, 8);
  const resource = await claimSandboxResource(`review-${id}`);
  const fixedUrl = `https://example.org/fixed/${id}`;
  const learner = { name: `Rosa ${id}`, email: `rosa-${id}@e2e.waypoint.test`, password: `reporter-${id}` };
  expect((await page.request.post("/api/users", { data: learner })).status()).toBe(201);
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);

  // The learner reports the link from the topic page.
  await page.goto(`/topics/${SANDBOX_TOPIC}`);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `${resource.title} (opens in a new tab)`, exact: true }) });
  await item.getByRole("button", { name: `Report a problem with “${resource.title}”` }).click();
  const form = item.getByRole("form", { name: `Report “${resource.title}”` });
  await form.getByLabel("What is wrong?").selectOption("BROKEN");
  await form.getByLabel("Details (optional)").fill("The page answers 404.");
  await expectNoAxeViolationsInEitherScheme(page);
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(item.getByText("Thanks, your report was sent.")).toBeVisible();

  await page.goto("/submissions");
  const mine = page.getByTestId("submission").filter({ hasText: resource.title });
  await expect(mine).toContainText("The link is broken");
  await expect(mine).toContainText("Waiting for review");
  await expectNoAxeViolationsInEitherScheme(page);

  // The admin finds it in the open queue, fixes the URL and approves, in one screen.
  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  try {
    const admin = await adminContext.newPage();
    await admin.goto("/admin/review?type=REPORT");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Review queue");
    const card = admin.getByTestId("review-item").filter({ hasText: `by ${learner.name}` });
    await expect(card).toContainText(resource.title);
    await expect(card).toContainText("The link is broken");
    await expect(card).toContainText("“The page answers 404.”");
    await expectNoAxeViolationsInEitherScheme(admin);
    const url = card.getByLabel("URL");
    await expect(url).toHaveValue(resource.url);
    await url.fill(fixedUrl);
    const approved = admin.waitForResponse((r) => r.url().endsWith("/approve") && r.request().method() === "POST");
    await card.getByRole("button", { name: "Approve and resolve" }).click();
    expect((await approved).status()).toBe(200);
    await expect(card.getByText("Approved: the report is resolved.")).toBeVisible();
    // Decided items leave the open queue.
    await admin.reload();
    await expect(admin.getByTestId("review-item").filter({ hasText: `by ${learner.name}` })).toHaveCount(0);
  } finally {
    await adminContext.close();
  }

  // The learner sees the outcome and the fixed link.
  await page.goto("/submissions");
  await expect(page.getByTestId("submission").filter({ hasText: resource.title })).toContainText("Resolved");
  await page.goto(`/topics/${SANDBOX_TOPIC}`);
  await expect(page.getByRole("link", { name: `${resource.title} (opens in a new tab)`, exact: true })).toHaveAttribute("href", fixedUrl);

  // The audit log has the change with its before and after (read from the database until the audit page is merged).
  const audit = await sql<{ action: string; actor_email: string; before: { url: string }; after: { url: string } }>(
    `SELECT action, actor_email, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`,
    [resource.id],
  );
  expect(audit).toEqual([
    expect.objectContaining({ action: "resource.update", actor_email: "admin@waypoint.test", before: expect.objectContaining({ url: resource.url }), after: expect.objectContaining({ url: fixedUrl }) }),
  ]);
});

// Approving a suggestion adds a resource to the live catalog, which other specs
// count while they run; that path is covered by the integration tests
// (tests/integration/review-decisions.test.ts). Here the suggestion is rejected.
test("a learner suggests a resource; the admin rejects it with a reason the learner reads", async ({ page, browser }) => {
  const id = randomUUID().slice(0, 8);
  const learner = { name: `Sami ${id}`, email: `sami-${id}@e2e.waypoint.test`, password: `suggester-${id}` };
  expect((await page.request.post("/api/users", { data: learner })).status()).toBe(201);
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);

  await page.goto(`/topics/${SANDBOX_TOPIC}`);
  await page.getByRole("button", { name: "Suggest a resource" }).click();
  const form = page.getByRole("form", { name: "Suggest a resource" });
  await form.getByLabel("Title").fill(`Suggested ${id}`);
  await form.getByLabel("URL").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Send suggestion" }).click();
  await expect(form.getByText("Enter a full http:// or https:// URL")).toBeVisible();
  await expect(form.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("URL").fill(`https://example.org/suggested/${id}`);
  await form.getByLabel("Kind (optional)").selectOption("VIDEO");
  await form.getByLabel("Why it helps (optional)").fill("Short and clear.");
  await form.getByRole("button", { name: "Send suggestion" }).click();
  await expect(page.getByText("Thanks, your suggestion was sent.")).toBeVisible();

  const adminContext = await browser.newContext({ storageState: ADMIN_STATE });
  try {
    const admin = await adminContext.newPage();
    await admin.goto("/admin/review?type=SUGGESTION");
    const card = admin.getByTestId("review-item").filter({ hasText: `by ${learner.name}` });
    await expect(card).toContainText(`https://example.org/suggested/${id}`);
    await expect(card.getByLabel("Title")).toHaveValue(`Suggested ${id}`);
    await expect(card.getByLabel("Kind")).toHaveValue("VIDEO");
    await card.getByRole("button", { name: "Reject" }).click();
    await expect(card.getByText("Give a reason")).toBeVisible();
    await card.getByLabel("Reason (the learner sees it)").fill("Not about this topic.");
    await card.getByRole("button", { name: "Reject" }).click();
    await expect(card.getByText("Rejected.")).toBeVisible();
    await admin.reload();
    await expect(admin.getByTestId("review-item").filter({ hasText: `by ${learner.name}` })).toHaveCount(0);
  } finally {
    await adminContext.close();
  }
  await page.goto("/submissions");
  await expect(page.getByTestId("submission").filter({ hasText: `Suggested ${id}` })).toContainText("Rejected: Not about this topic.");
});
