import { expect, type Page } from "@playwright/test";

/** The main navigation, where the header shows who is signed in. */
export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Fills and submits the sign-in form at /signin. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Waits until the header shows `name` as the signed-in user. */
export async function expectSignedInAs(page: Page, name: string) {
  await expect(mainNav(page)).toContainText(`Signed in as ${name}`);
  await expect(mainNav(page).getByRole("button", { name: "Sign out" })).toBeVisible();
}
