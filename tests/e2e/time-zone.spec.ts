import { randomUUID } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { expectSignedInAs, signIn } from "./support/auth";
import { sql } from "./support/database";

// An account made without a time zone (here through the API) starts on UTC;
// the dashboard adopts the browser's zone once, so streaks and the heatmap
// count the learner's own days. A browser whose clock is at UTC's offset all
// year has nothing to adopt, and is not asked (asking costs a page tens of
// milliseconds of main thread: components/dashboard/time-zone-client.ts).

async function dashboardIn(browser: Browser, timezoneId: string) {
  const id = randomUUID().slice(0, 8);
  const learner = { name: `Ada ${id}`, email: `ada-tz-${id}@e2e.waypoint.test`, password: `analytical-${id}` };
  const context = await browser.newContext({ timezoneId });
  const created = await context.request.post("/api/users", { data: learner });
  expect(created.status()).toBe(201);
  const page = await context.newPage();
  const patches: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "PATCH" && new URL(request.url()).pathname === "/api/me") patches.push(request.postData() ?? "");
  });
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);
  const zoneOf = async () => (await sql<{ time_zone: string }>("SELECT time_zone FROM users WHERE email = $1", [learner.email]))[0]?.time_zone;
  return { context, page, patches, zoneOf };
}

test("the dashboard adopts the browser's zone for an account still on UTC, once", async ({ browser }) => {
  const { context, page, patches, zoneOf } = await dashboardIn(browser, "Europe/London");
  await page.goto("/");
  await expect(page.getByText("in your time zone (Europe/London)")).toBeVisible();
  expect(await zoneOf()).toBe("Europe/London");
  expect(patches).toEqual([JSON.stringify({ timeZone: "Europe/London" })]);
  await context.close();
});

test("a browser on UTC's offset all year leaves the account on UTC without asking", async ({ browser }) => {
  const { context, page, patches, zoneOf } = await dashboardIn(browser, "Atlantic/Reykjavik");
  await page.goto("/");
  await expect(page.getByText("in your time zone (UTC)")).toBeVisible();
  // A second full page load: the first page's effects have run by the time it starts.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await zoneOf()).toBe("UTC");
  expect(patches).toEqual([]);
  await context.close();
});
