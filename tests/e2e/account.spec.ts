import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { expectSignedInAs, mainNav, signIn } from "./support/auth";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";

// The account lifecycle in the browser: sign-out, password change, sign out
// everywhere and deletion each end sessions on the server, so a copied cookie
// stops working too.

function newLearner() {
  const id = randomUUID().slice(0, 8);
  return { name: `Hedy ${id}`, email: `hedy-${id}@e2e.waypoint.test`, password: `frequency-hop-${id}` };
}

/** The session cookie of a context, as a Cookie header a stolen copy would send. */
async function copiedCookie(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"));
  expect(session, "a session cookie").toBeTruthy();
  return `${session!.name}=${session!.value}`;
}

const meStatus = async (request: APIRequestContext, cookie: string) => (await request.get("/api/me", { headers: { cookie } })).status();

async function signedInPage(browserContext: BrowserContext, learner: ReturnType<typeof newLearner>): Promise<Page> {
  const page = await browserContext.newPage();
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);
  return page;
}

test("signing out ends the session on the server: a copied cookie is refused afterwards", async ({ page, request }) => {
  const learner = newLearner();
  expect((await request.post("/api/users", { data: learner })).status()).toBe(201);
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);
  const copy = await copiedCookie(page.context());
  expect(await meStatus(request, copy)).toBe(200);

  await mainNav(page).getByRole("button", { name: "Sign out" }).click();
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await meStatus(request, copy)).toBe(401);
});

test("changing the password keeps this browser signed in and signs the other one out; sign out everywhere ends both", async ({ browser, request }) => {
  const learner = newLearner();
  expect((await request.post("/api/users", { data: learner })).status()).toBe(201);
  const [here, there] = [await browser.newContext(), await browser.newContext()];
  const page = await signedInPage(here, learner);
  const other = await signedInPage(there, learner);

  await page.goto("/settings");
  await expectNoAxeViolationsInEitherScheme(page);
  const password = page.getByRole("region", { name: "Password" });
  await password.getByLabel("Current password").fill("not my password");
  await password.getByLabel("New password", { exact: true }).fill("a fresh password 1");
  await password.getByLabel("New password again").fill("a fresh password 1");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Your current password is not correct.")).toBeVisible();

  await password.getByLabel("Current password").fill(learner.password);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Password changed. Every other session was signed out.")).toBeVisible();

  await page.reload();
  await expectSignedInAs(page, learner.name);
  await other.reload();
  await expect(mainNav(other).getByRole("link", { name: "Sign in" })).toBeVisible();

  const copy = await copiedCookie(here);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL("/");
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await meStatus(request, copy)).toBe(401);
  await here.close();
  await there.close();
});

test("deleting the account warns about a team it leads alone, then signs out for good", async ({ page, request }) => {
  const learner = newLearner();
  expect((await request.post("/api/users", { data: learner })).status()).toBe(201);
  await signIn(page, learner.email, learner.password);
  await expectSignedInAs(page, learner.name);
  const teamName = `Solo ${randomUUID().slice(0, 6)}`;
  expect((await page.request.post("/api/teams", { data: { name: teamName } })).status()).toBe(201);

  await page.goto("/settings");
  const danger = page.getByRole("region", { name: "Delete account" });
  await expect(danger.getByText(`${teamName}: it has no other member and will be deleted.`)).toBeVisible();
  const button = danger.getByRole("button", { name: "Delete my account" });
  await expect(button).toBeDisabled();
  await danger.getByLabel("I understand that my account and everything in it will be deleted.").check();
  await danger.getByLabel("Password to confirm").fill(learner.password);
  await button.click();
  await expect(page).toHaveURL("/");
  await expect(mainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();

  await signIn(page, learner.email, learner.password);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});
