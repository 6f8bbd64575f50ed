import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectSignedInAs, signIn } from "./support/auth";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";

// The teams journey with two people in two browsers: a lead makes a team and
// an invite link; a newcomer signs up through the link and joins; the lead
// builds a path (mouse drag and keyboard), assigns it due next week; the
// member marks topics done; the lead's matrix, the member's "Assigned to you"
// and the CSV export all show it. Every user is new, so runs share nothing.

test.use({ timezoneId: "UTC" });

const person = (first: string) => {
  const id = randomUUID().slice(0, 8);
  return { name: `${first} ${id}`, email: `${first.toLowerCase()}-${id}@e2e.waypoint.test`, password: `team-journey-${id}` };
};

const TOPICS = { nn: "Neural Networks", quant: "Quantization", run: "Running LLMs" } as const;
const SLUGS: Record<string, string> = { [TOPICS.nn]: "neural-networks", [TOPICS.quant]: "quantization", [TOPICS.run]: "running-llms" };

const pathList = (page: Page) => page.getByRole("list", { name: "Topics of the path" });
const pathTitles = (page: Page) => pathList(page).locator(":scope > li span.font-medium");
const handle = (page: Page, title: string) => pathList(page).getByRole("button", { name: `Move ${title}`, exact: true });

/** Drags `source` onto `target` with the mouse in small steps (dnd-kit's pointer sensor starts after 4 px). */
async function drag(page: Page, source: Locator, target: Locator) {
  // Mouse coordinates are the viewport's: bring the list into view first.
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 6, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 - 4, { steps: 12 });
  await page.mouse.up();
}

const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

test("a lead invites by link, builds and assigns a path; the member's progress shows on the matrix, the dashboard and the CSV", async ({ browser }) => {
  // One long journey: two people, six pages, twelve axe scans; a loaded 2-core machine needs more than the default minute.
  test.setTimeout(180_000);
  const lead = person("Lead");
  const member = person("Member");
  const teamName = `Study group ${randomUUID().slice(0, 8)}`;
  const leadContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  const memberPage = await memberContext.newPage();

  // The lead: an account, a team, an open invite link.
  expect((await leadPage.request.post("/api/users", { data: lead })).status()).toBe(201);
  await signIn(leadPage, lead.email, lead.password);
  await expectSignedInAs(leadPage, lead.name);
  await leadPage.goto("/teams");
  await expectNoAxeViolationsInEitherScheme(leadPage);
  await leadPage.getByLabel("Team name").fill(teamName);
  await leadPage.getByRole("button", { name: "Create team" }).click();
  await expect(leadPage.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  const teamId = new URL(leadPage.url()).pathname.split("/")[2]!;

  const invites = leadPage.getByRole("region", { name: "Invites" });
  await invites.getByRole("button", { name: "Create invite link" }).click();
  const link = invites.getByLabel("Invite link");
  await expect(link).toHaveValue(/\/invites\/[A-Za-z0-9_-]{43}$/);
  const inviteUrl = new URL(await link.inputValue());
  await expect(invites.getByRole("list", { name: "Pending invites" })).toContainText("Open link");
  await expectNoAxeViolationsInEitherScheme(leadPage);

  // The newcomer opens the link signed out, signs up from it, comes back and joins.
  await memberPage.goto(inviteUrl.pathname);
  await expect(memberPage.getByRole("heading", { level: 1, name: `Join ${teamName}` })).toBeVisible();
  await expectNoAxeViolationsInEitherScheme(memberPage);
  await memberPage.getByRole("link", { name: "Create an account" }).click();
  await memberPage.getByLabel("Name").fill(member.name);
  await memberPage.getByLabel("Email").fill(member.email);
  await memberPage.getByLabel("Password").fill(member.password);
  await memberPage.getByRole("button", { name: "Create account" }).click();
  await expect(memberPage).toHaveURL(inviteUrl.pathname);
  await expectSignedInAs(memberPage, member.name);
  await memberPage.getByRole("button", { name: `Join ${teamName}` }).click();
  await expect(memberPage).toHaveURL(`/teams/${teamId}`);
  await expect(memberPage.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expectNoAxeViolationsInEitherScheme(memberPage);

  // The lead sees the new member, then builds a path from three tracks.
  await leadPage.reload();
  await expect(leadPage.getByRole("row", { name: new RegExp(member.name) })).toBeVisible();
  await leadPage.getByRole("link", { name: "New path" }).click();
  await expect(leadPage.getByRole("heading", { level: 1, name: "New learning path" })).toBeVisible();
  await leadPage.getByLabel("Title").fill("Foundations to serving");
  for (const title of [TOPICS.nn, TOPICS.quant, TOPICS.run]) {
    await leadPage.getByLabel("Topic to add").selectOption({ label: title });
    await leadPage.getByRole("button", { name: "Add topic" }).click();
  }
  await expect(pathTitles(leadPage)).toHaveText([TOPICS.nn, TOPICS.quant, TOPICS.run]);

  // Mouse: drag "Running LLMs" to the top.
  await drag(leadPage, handle(leadPage, TOPICS.run), handle(leadPage, TOPICS.nn));
  await expect(pathTitles(leadPage)).toHaveText([TOPICS.run, TOPICS.nn, TOPICS.quant]);
  // Keyboard: pick "Quantization" up with Space, one up, drop with Space.
  await handle(leadPage, TOPICS.quant).focus();
  await leadPage.keyboard.press("Space");
  await expect(handle(leadPage, TOPICS.quant)).toHaveAttribute("aria-pressed", "true");
  await leadPage.keyboard.press("ArrowUp");
  await expect(leadPage.getByRole("status").filter({ hasText: `${TOPICS.quant} is now at position 2 of 3.` })).toBeAttached();
  await leadPage.keyboard.press("Space");
  await expect(pathTitles(leadPage)).toHaveText([TOPICS.run, TOPICS.quant, TOPICS.nn]);
  await expect(leadPage.getByText(/^3 topics · total ≈ \d+(\.5)? h$/)).toBeVisible();
  await expectNoAxeViolationsInEitherScheme(leadPage);
  await leadPage.getByRole("button", { name: "Save path" }).click();
  await expect(leadPage.getByText("Path created. Assign it from the team page.")).toBeVisible();
  const pathId = new URL(leadPage.url()).pathname.split("/")[4]!;
  const saved = await (await leadPage.request.get(`/api/teams/${teamId}/paths/${pathId}`)).json();
  expect(saved.items.map((item: { topic: { title: string } }) => item.topic.title)).toEqual([TOPICS.run, TOPICS.quant, TOPICS.nn]);

  // Assign it to the whole team, due next week.
  await leadPage.goto(`/teams/${teamId}`);
  const assignments = leadPage.getByRole("region", { name: "Assignments" });
  await assignments.getByLabel("Path", { exact: true }).selectOption({ label: "Foundations to serving" });
  await assignments.getByLabel("Due date").fill(nextWeek());
  await assignments.getByRole("button", { name: "Assign path" }).click();
  await expect(assignments.getByRole("list", { name: "Assignments" })).toContainText("Foundations to serving → Whole team");
  await expectNoAxeViolationsInEitherScheme(leadPage);

  // The member marks the first two topics of the path done, on the topic pages.
  for (const title of [TOPICS.run, TOPICS.quant]) {
    await memberPage.goto(`/topics/${SLUGS[title]}`);
    const statusSaved = memberPage.waitForResponse(
      (r) => r.request().method() === "PUT" && new URL(r.url()).pathname === `/api/progress/topics/${SLUGS[title]}` && r.ok(),
    );
    // The topic page's shortcut D marks it done (the radio itself sits under its styled label).
    await expect(memberPage.getByText("Keyboard shortcuts:")).toBeVisible();
    await memberPage.keyboard.press("d");
    await expect(memberPage.getByRole("radio", { name: /Done/ })).toBeChecked();
    await statusSaved;
  }

  // The lead's matrix shows it, as the API computed it.
  const api = await (await leadPage.request.get(`/api/teams/${teamId}/progress?pathId=${pathId}`)).json();
  const memberRow = api.members.find((m: { name: string }) => m.name === member.name);
  expect(memberRow).toMatchObject({ percent: 67, done: 2, total: 3, items: ["DONE", "DONE", "NOT_STARTED"] });
  const stateLabel = { ON_TRACK: "On track", AT_RISK: "At risk", OVERDUE: "Overdue", DONE: "Done" }[memberRow.state as string]!;
  await leadPage.goto(`/teams/${teamId}/progress`);
  const row = leadPage.getByRole("row", { name: new RegExp(member.name) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("67%");
  await expect(row.getByRole("cell").nth(1)).toHaveText(stateLabel);
  await expect(row.getByRole("cell").filter({ hasText: /^(✓|…|–|○)/ })).toHaveText(["✓Done", "✓Done", "○Not started"]);
  await expect(leadPage.getByRole("row", { name: new RegExp(lead.name) }).getByRole("cell").nth(0)).toHaveText("0%");
  // Sorting by percent (descending first) puts the member on top; the state filter narrows.
  await leadPage.getByRole("button", { name: /^Done/ }).click();
  await expect(leadPage.getByRole("columnheader", { name: /^Done/ })).toHaveAttribute("aria-sort", "descending");
  await expect(leadPage.getByRole("table").getByRole("rowheader").first()).toHaveText(member.name);
  await expect(leadPage.getByRole("list", { name: "Recent activity" })).toContainText(`${member.name} finished ${TOPICS.quant}`);
  await expectNoAxeViolationsInEitherScheme(leadPage);

  // The CSV downloads and parses: one row per member, a column per item in path order.
  const download = leadPage.waitForEvent("download");
  await leadPage.getByRole("link", { name: "Export CSV" }).click();
  const csv = Papa.parse<Record<string, string>>(readFileSync((await (await download).path())!, "utf8"), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.meta.fields?.slice(-3)).toEqual([TOPICS.run, TOPICS.quant, TOPICS.nn]);
  expect(csv.data.find((r) => r.name === member.name)).toMatchObject({
    percent: "67",
    [TOPICS.run]: "done",
    [TOPICS.quant]: "done",
    [TOPICS.nn]: "not started",
  });
  expect(csv.data.map((r) => r.name).sort()).toEqual([lead.name, member.name].sort());

  // The member sees only their own row, and "Assigned to you" on their dashboard.
  await memberPage.goto(`/teams/${teamId}/progress`);
  await expect(memberPage.getByRole("table").getByRole("rowheader")).toHaveText([member.name]);
  await expectNoAxeViolationsInEitherScheme(memberPage);
  await memberPage.goto("/");
  const assigned = memberPage.getByRole("region", { name: "Assigned to you" });
  await expect(assigned).toContainText("Foundations to serving");
  await expect(assigned).toContainText(`67% done`);
  await expect(assigned).toContainText(stateLabel);
  await expect(assigned.getByRole("link", { name: TOPICS.nn })).toHaveAttribute("href", `/topics/${SLUGS[TOPICS.nn]}`);
  await expectNoAxeViolationsInEitherScheme(memberPage);

  await leadContext.close();
  await memberContext.close();
});

test("a lead manages the team: the last lead cannot leave, roles, rename, visibility, revoke, a reminder once a day, delete", async ({ browser }) => {
  test.setTimeout(180_000);
  const lead = person("Lead");
  const member = person("Member");
  const [leadContext, memberContext] = [await browser.newContext(), await browser.newContext()];
  const [leadPage, memberPage] = [await leadContext.newPage(), await memberContext.newPage()];
  for (const [page, who] of [[leadPage, lead], [memberPage, member]] as const) {
    expect((await page.request.post("/api/users", { data: who })).status()).toBe(201);
    await signIn(page, who.email, who.password);
    await expectSignedInAs(page, who.name);
  }

  // Through the API (the first journey covers these pages): a team, the member in it, a path assigned to the
  // whole team due tomorrow with half an hour a week, far too little: both at risk.
  const team = await (await leadPage.request.post("/api/teams", { data: { name: `Crew ${randomUUID().slice(0, 8)}` } })).json();
  const invite = await (await leadPage.request.post(`/api/teams/${team.id}/invites`, { data: {} })).json();
  expect((await memberPage.request.post(`/api/invites/${invite.token}/accept`)).status()).toBe(200);
  const path = await (await leadPage.request.post(`/api/teams/${team.id}/paths`, { data: { title: "Compression", items: [{ topic: "quantization" }] } })).json();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const memberId = (await (await memberPage.request.get("/api/me")).json()).id as string;
  const assigned = await leadPage.request.post(`/api/teams/${team.id}/assignments`, { data: { pathId: path.id, dueDate: tomorrow, hoursPerWeek: 0.5 } });
  expect(assigned.status()).toBe(201);

  // The only lead cannot leave: the 409 is said in words.
  await leadPage.goto(`/teams/${team.id}`);
  const members = leadPage.getByRole("region", { name: "Members" });
  await members.getByRole("button", { name: "Leave team" }).click();
  await expectNoAxeViolationsInEitherScheme(leadPage); // with the confirm dialog open
  await leadPage.getByRole("alertdialog").getByRole("button", { name: "Leave team" }).click();
  await expect(members.getByRole("alert")).toHaveText("A team needs a lead: make another member a lead first.");

  // Make the member a lead too; a reload shows it was saved.
  const roleSaved = leadPage.waitForResponse((r) => r.request().method() === "PATCH" && r.url().endsWith(`/members/${memberId}`) && r.ok());
  await members.getByLabel(`Role of ${member.name}`).selectOption("LEAD");
  await roleSaved;
  await leadPage.reload();
  await expect(members.getByLabel(`Role of ${member.name}`)).toHaveValue("LEAD");

  // Rename; turn on "members can see each other's progress".
  const settings = leadPage.getByRole("region", { name: "Team settings" });
  const newName = `Renamed crew ${randomUUID().slice(0, 8)}`;
  await settings.getByLabel("Team name").fill(newName);
  await settings.getByRole("button", { name: "Rename" }).click();
  await expect(leadPage.getByRole("heading", { level: 1, name: newName })).toBeVisible();
  const toggled = leadPage.waitForResponse((r) => r.request().method() === "PATCH" && r.url().endsWith(`/api/teams/${team.id}`) && r.ok());
  await settings.getByLabel("Members can see each other's progress").check();
  await toggled;
  await expect(settings.getByLabel("Members can see each other's progress")).toBeChecked();

  // An invite made and revoked.
  const invites = leadPage.getByRole("region", { name: "Invites" });
  await invites.getByLabel("Email (optional)").fill(`someone-${randomUUID().slice(0, 8)}@e2e.waypoint.test`);
  await invites.getByRole("button", { name: "Create invite link" }).click();
  await expect(invites.getByLabel("Invite link")).toHaveValue(/\/invites\//);
  const pending = invites.getByRole("list", { name: "Pending invites" });
  await expect(pending.getByRole("listitem")).toHaveCount(2); // the API's open link and this one
  await pending.getByRole("button", { name: /^Revoke invite: someone-/ }).click();
  await expect(pending.getByRole("listitem")).toHaveCount(1);

  // The member now sees every row; the lead reminds them once, and the second time is told it was today.
  await memberPage.goto(`/teams/${team.id}/progress`);
  await expect(memberPage.getByRole("table").getByRole("rowheader")).toHaveText([lead.name, member.name]);
  await leadPage.goto(`/teams/${team.id}/progress`);
  const row = leadPage.getByRole("row", { name: new RegExp(member.name) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("At risk");
  await row.getByRole("button", { name: `Remind ${member.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Reminder sent.");
  await leadPage.reload();
  await row.getByRole("button", { name: `Remind ${member.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Already reminded today.");
  await leadPage.getByLabel("State").selectOption("ON_TRACK");
  await expect(leadPage.getByText("No member matches this filter.")).toBeVisible();

  // Delete the team: it is gone from both people's lists; their progress is theirs.
  await leadPage.goto(`/teams/${team.id}`);
  await settings.getByRole("button", { name: "Delete team" }).click();
  await leadPage.getByRole("alertdialog").getByRole("button", { name: "Delete team" }).click();
  await expect(leadPage).toHaveURL("/teams");
  await expect(leadPage.getByRole("link", { name: newName })).toHaveCount(0);
  expect((await memberPage.request.get(`/api/teams/${team.id}`)).status()).toBe(404);

  await leadContext.close();
  await memberContext.close();
});
