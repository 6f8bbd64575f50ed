import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectNoAxeViolationsInEitherScheme } from "./support/axe";
import { DEMO_LEARNER, LEARNER_STATE } from "./support/demo-learner";

// Every page is scanned against WCAG 2.0/2.1 A and AA, in light and dark.
const PUBLIC_PAGES = ["/", "/tracks", "/tracks/the-llm-scientist", "/topics/quantization", "/signin", "/signup"];
// Pages that change once signed in (dashboard, progress controls, note editor);
// /signin and /signup redirect then.
const LEARNER_PAGES = ["/", "/tracks/the-llm-scientist", "/topics/quantization", "/settings"];

for (const path of PUBLIC_PAGES) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolationsInEitherScheme(page);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

  for (const path of PUBLIC_PAGES) {
    test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolationsInEitherScheme(page);
    });
  }
});

test.describe("signed in", () => {
  test.use({ storageState: LEARNER_STATE });

  for (const path of LEARNER_PAGES) {
    test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByText(`Signed in as ${DEMO_LEARNER.name}`)).toBeVisible();
      await expectNoAxeViolationsInEitherScheme(page);
    });
  }
});

test.describe("/signin with its messages shown", () => {
  test("field errors have no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await expectNoAxeViolationsInEitherScheme(page);
  });

  test("the wrong-password alert has no WCAG 2.1 AA violations", async ({ page }) => {
    await signIn(page, DEMO_LEARNER.email, "not-the-password");
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expectNoAxeViolationsInEitherScheme(page);
  });
});
