import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

// `next build` loads every route module to collect its config; nothing runs,
// so validation waits for the server (or script) that really starts.
const skipValidation = process.env.NEXT_PHASE === "phase-production-build";

/** What anything touching the database needs (the app, the seed, scripts). */
export const dbEnv = createEnv({
  server: {
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    /** Connections per app instance; keep below the server's (or PGlite's) limit. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** Prepare hot statements once per connection (off on the embedded PGlite). */
    DATABASE_PREPARED_STATEMENTS: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation,
});

function createJobsEnv() {
  return createEnv({
    extends: [dbEnv],
    server: {
      /** `inline`: the app process also works the job queue (npm start sets it); `off`: only `npm run worker` does. */
      JOBS_WORKER: z.enum(["inline", "off"]).default("off"),
      /** Hosts or addresses the link checker may contact despite its SSRF guard (comma-separated). Tests only. */
      LINK_CHECK_ALLOW: z.string().default(""),
      /** How long one link-check request may take before it counts as a timeout. */
      LINK_CHECK_TIMEOUT_SECONDS: z.coerce.number().positive().max(300).default(20),
      /** When the daily link check runs (cron, UTC). */
      LINK_CHECK_CRON: z.string().min(1).default("0 3 * * *"),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
    skipValidation,
  });
}

let jobsEnvCache: ReturnType<typeof createJobsEnv> | undefined;

/** What the job queue and link checker need, validated on first use (`npm run worker` has no AUTH_SECRET). */
export const jobsEnv = new Proxy({} as ReturnType<typeof createJobsEnv>, {
  get: (_, key) => Reflect.get((jobsEnvCache ??= createJobsEnv()), key),
});

function createAppEnv() {
  return createEnv({
    extends: [dbEnv, createJobsEnv()],
    server: {
      AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
      /** Failed sign-ins allowed per account from one client, and per client, in SIGN_IN_WINDOW_MINUTES. */
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
      SIGN_IN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
      SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
      /** Failures on one account (from anywhere) in an hour after which its attempts are slowed. */
      SIGN_IN_ACCOUNT_SLOW_AFTER: z.coerce.number().int().min(1).default(100),
      /** Past that ceiling: one attempt on the account per this many seconds, whoever makes it. */
      SIGN_IN_SLOW_SECONDS: z.coerce.number().int().min(1).max(60).default(2),
      /** Sign-ups allowed per client per hour. */
      SIGN_UP_MAX_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(20),
      /** Outgoing mail (invites, reminders): smtp://user:pass@host:port or smtps://…; unset = no mail, links are copied by hand. */
      SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
      /** The From header of outgoing mail. */
      MAIL_FROM: z.string().min(3).default("Waypoint <no-reply@waypoint.local>"),
      /** The public origin for links in mail ("https://waypoint.example.com"); else the origin of the request. */
      APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
    skipValidation,
  });
}

let appEnv: ReturnType<typeof createAppEnv> | undefined;

/**
 * The app's full environment, validated on first use (so the seed and other
 * scripts that only touch the database need not set AUTH_SECRET).
 */
export const env = new Proxy({} as ReturnType<typeof createAppEnv>, {
  get: (_, key) => Reflect.get((appEnv ??= createAppEnv()), key),
});
