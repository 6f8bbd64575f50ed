// The admin the e2e server seeds (scripts/e2e-server.ts passes ADMIN_EMAIL and
// ADMIN_PASSWORD to the seed) and the setup project signs in once. Test-only credentials.
export const E2E_ADMIN = {
  email: "admin@waypoint.test",
  password: "admin-password-123",
  name: "Admin",
} as const;

/** Where the setup project saves the signed-in admin's cookies. */
export const ADMIN_STATE = "tests/e2e/.auth/admin.json";
