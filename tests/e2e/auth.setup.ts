import { test as setup } from "@playwright/test";
import { expectSignedInAs, signIn } from "./support/auth";
import { DEMO_LEARNER, LEARNER_STATE } from "./support/demo-learner";

// Signs the seeded demo learner in once through the real form; specs that
// need a signed-in learner start from the saved cookies.
setup("sign in the demo learner", async ({ page }) => {
  await signIn(page, DEMO_LEARNER.email, DEMO_LEARNER.password);
  await expectSignedInAs(page, DEMO_LEARNER.name);
  await page.context().storageState({ path: LEARNER_STATE });
});
