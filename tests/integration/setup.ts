// Runs in every integration worker before the test file is imported, so the
// env that lib/env and lib/db read at import time points at the test database.
import { afterAll, inject } from "vitest";
import { EMBEDDED_ENV } from "@/scripts/lib/postgres";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET = "integration-test-secret-0123456789-abcdefghijklmnop";
process.env.AUTH_TRUST_HOST = "true";
// The throttling tests assert the defaults (10 per account and client, 50 per client, 15 minutes)...
for (const name of ["SIGN_IN_MAX_FAILURES_PER_ACCOUNT", "SIGN_IN_MAX_FAILURES_PER_IP", "SIGN_IN_WINDOW_MINUTES", "SIGN_IN_SLOW_SECONDS", "SIGN_UP_MAX_PER_IP_PER_HOUR", "AUTH_URL", "NEXTAUTH_URL", "SMTP_URL", "APP_URL"]) {
  delete process.env[name];
}
// ...except the account-wide ceiling, lowered so its test need not fail 100 sign-ins first.
process.env.SIGN_IN_ACCOUNT_SLOW_AFTER = "30";
// The embedded PGlite's settings (scripts/lib/postgres.ts says why), a small pool otherwise.
if (inject("databaseEmbedded")) Object.assign(process.env, EMBEDDED_ENV);
else process.env.DATABASE_POOL_MAX = "5";

afterAll(async () => {
  // Imported lazily: a static import would load lib/db before the env above is set.
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
});
