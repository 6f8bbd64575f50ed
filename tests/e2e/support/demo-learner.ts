// The learner the e2e server seeds (scripts/e2e-server.ts) and the setup
// project signs in once (tests/e2e/auth.setup.ts). Test-only credentials.
export const DEMO_LEARNER = {
  email: "demo@waypoint.test",
  password: "demo-password-123",
  name: "Demo Learner",
} as const;

/** Where the setup project saves the signed-in learner's cookies. */
export const LEARNER_STATE = "tests/e2e/.auth/learner.json";
