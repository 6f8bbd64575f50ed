import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium (apt-get install -y chromium), never Playwright's download.
// Without the networking flags it keeps dialling Google services that the
// closed network refuses. Playwright gives each launch a temp profile dir.
const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  throw new Error(`No Chromium at ${executablePath}: run \`apt-get install -y chromium\` (as root) or set CHROME_PATH.`);
}
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2, // the machines have 2 cores
  reporter: "list",
  // Two cores run next start, the database and two Chromiums at once: give
  // tests and web-first assertions room before calling them failures.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // Tracing costs ~20% of the run on 2 cores: on in CI, where a failure
    // cannot be re-run by hand; locally add `--trace retain-on-failure`.
    trace: process.env.CI ? "retain-on-failure" : "off",
    launchOptions,
    // No transitions under test: a colour check must never measure a colour
    // halfway through one (app/globals.css turns them off for reduced motion).
    contextOptions: { reducedMotion: "reduce" },
  },
  projects: [
    // Signs the demo learner and the admin in once through the UI (specs reuse their cookies)
    // and makes content of the specs' own (*.setup.ts), before any spec runs.
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/tracks`,
    env: { E2E_PORT: port },
    // A clean clone builds the app first (~30 s alone, minutes on a loaded machine).
    timeout: 600_000,
    reuseExistingServer: false,
    // SIGTERM lets the server stop next and drop its database; without it
    // Playwright SIGKILLs the process group and the database is left behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
