import { test as setup } from "@playwright/test";
import { expectSignedInAs, signIn } from "./support/auth";
import { ADMIN_STATE, E2E_ADMIN } from "./support/admin";
import { DEMO_LEARNER, LEARNER_STATE } from "./support/demo-learner";

// Signs the seeded demo learner in once through the real form; specs that
// need a signed-in learner start from the saved cookies.
setup("sign in the demo learner", async ({ page }) => {
  await signIn(page, DEMO_LEARNER.email, DEMO_LEARNER.password);
  await expectSignedInAs(page, DEMO_LEARNER.name);
  await page.context().storageState({ path: LEARNER_STATE });
});

// The seeded admin, for the admin pages (review queue, link health).
setup("sign in the admin", async ({ page }) => {
  await signIn(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await expectSignedInAs(page, E2E_ADMIN.name);
  await page.context().storageState({ path: ADMIN_STATE });
});
