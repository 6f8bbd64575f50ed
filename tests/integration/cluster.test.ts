// The cluster as `npm run cluster` starts it: two instances of the built app
// behind nginx, on one fresh PostgreSQL database. What must hold across
// instances: sessions, the sign-in and sign-up limits, the link-health
// schedule (once per tick, not once per instance); what the request log may
// and may not contain; and a graceful stop (in-flight request finished, new
// connections refused, exit 0). Needs nginx and PostgreSQL: skipped on the
// embedded database or without nginx — except where WAYPOINT_REQUIRE_NGINX is
// set (.ci/run), which fails without nginx.
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import { buildIfNeeded } from "@/scripts/lib/build";
import { findNginx, removeNginxDir, startCluster, type Cluster } from "@/scripts/lib/cluster";
import { call, signIn, signUp } from "@/scripts/lib/http-client";
import { freePort, isListening } from "@/scripts/lib/ports";
import { createFreshDatabase, type Database } from "@/scripts/lib/postgres";
import { migrateAndSeed } from "@/scripts/lib/run";

const nginx = findNginx();
if (process.env.WAYPOINT_REQUIRE_NGINX && !nginx) throw new Error("nginx is required for the cluster test (.ci/run installs it)");
const runnable = Boolean(nginx) && !inject("databaseEmbedded");

const SIGN_UP_LIMIT = 5;
const PASSWORD = `Cluster-pass-${randomBytes(6).toString("hex")}`;

let database: Database | undefined;
let cluster: Cluster | undefined;
let sql: pg.Client | undefined;
let logDir = "";
let topicSlug = "";
const logFile = () => path.join(logDir, "cluster.log");
const direct = (index: number) => `http://127.0.0.1:${cluster!.instances[index]!.port}`;
const uniqueIp = () => `10.${[...randomBytes(3)].join(".")}`;
const newEmail = () => `cluster-${randomUUID()}@example.com`;

/** Polls `check` every 500 ms until it returns a value (not undefined), for up to `timeoutMs`. */
function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (value === undefined) throw new Error(`timed out waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 500 },
  );
}

/** A learner signed up through nginx and signed in on instance `index`. */
async function learnerOn(index: number) {
  const email = newEmail();
  const created = await signUp(cluster!.url, { email, name: "Cluster Learner", password: PASSWORD }, uniqueIp());
  expect(created.status).toBe(201);
  const session = await signIn(direct(index), email, PASSWORD);
  expect(session.session).toBeDefined();
  return { id: (created.body as { id: string }).id, email, cookie: session.session! };
}

/**
 * A note PUT to instance `index` whose body is held back: resolves once the
 * server has taken the request in (it answers 100-continue when it does,
 * which is when the request counts as in flight), with the first `sent`
 * characters of the body written. `answer` settles with the response, or
 * with the connection's error code.
 */
async function heldNotePut(index: number, cookie: string, body: string, sent: number) {
  const req = http.request({
    host: "127.0.0.1",
    port: cluster!.instances[index]!.port,
    method: "PUT",
    path: `/api/notes/${topicSlug}`,
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie: `authjs.session-token=${cookie}`, expect: "100-continue" },
  });
  const answer = new Promise<{ status: number; text: string } | { error: string }>((resolve) => {
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, text }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
  await new Promise<void>((resolve) => req.once("continue", () => resolve()));
  req.write(body.slice(0, sent));
  return { answer, finish: () => req.end(body.slice(sent)) };
}

describe.runIf(runnable)("the cluster: two instances behind nginx", () => {
  beforeAll(async () => {
    database = await createFreshDatabase(inject("databaseUrl"), "waypoint_cluster");
    await migrateAndSeed(database.url, { ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined, DEMO_EMAIL: undefined, DEMO_PASSWORD: undefined, SEED_SOURCE: undefined }, true);
    await buildIfNeeded();
    logDir = mkdtempSync(path.join(tmpdir(), "waypoint-cluster-test-"));
    const [port, first, second] = [await freePort(), await freePort(), await freePort()];
    cluster = await startCluster({
      databaseUrl: database.url,
      port,
      instances: 2,
      instancePorts: [first, second],
      logFile: logFile(),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        AUTH_SECRET: "cluster-test-secret-0123456789-abcdefghijklmnop",
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_MANUAL_SIG_HANDLE: "true",
        JOBS_WORKER: "inline",
        DATABASE_POOL_MAX: "5",
        // Every minute, so that the test sees ticks; the checker meets no network here and ends fast.
        LINK_CHECK_CRON: "* * * * *",
        LINK_CHECK_TIMEOUT_SECONDS: "2",
        SIGN_UP_MAX_PER_IP_PER_HOUR: String(SIGN_UP_LIMIT),
      },
    });
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    topicSlug = (await sql.query<{ slug: string }>("SELECT slug FROM topics ORDER BY slug LIMIT 1")).rows[0]!.slug;
  }, 900_000);

  afterAll(async () => {
    try {
      await sql?.end();
      if (cluster) {
        await cluster.stop();
        removeNginxDir(cluster);
      }
    } finally {
      await database?.stop();
      if (logDir) rmSync(logDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("serves through nginx round-robin, passing a request id on and echoing it", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await call(cluster!.url, "/api/ready");
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: "ready" });
      ids.push(res.headers.get("x-request-id")!);
    }
    expect(new Set(ids).size).toBe(4);
    const access = readFileSync(path.join(cluster!.nginxDir, "access.log"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as { requestId: string; upstream: string });
    const upstreams = new Set(access.filter((line) => ids.includes(line.requestId)).map((line) => line.upstream));
    expect(upstreams).toEqual(new Set(cluster!.instances.map((instance) => `127.0.0.1:${instance.port}`)));
  });

  it("a session made on one instance works on the other, and signing out on one ends it on both", async () => {
    const learner = await learnerOn(0);
    for (const index of [0, 1]) {
      const me = await call(direct(index), "/api/me", { cookie: learner.cookie });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: learner.id, email: learner.email });
    }
    expect((await call(direct(1), "/api/me/sessions/revoke", { method: "POST", cookie: learner.cookie })).status).toBe(204);
    for (const index of [0, 1]) expect((await call(direct(index), "/api/me", { cookie: learner.cookie })).status).toBe(401);
  });

  it("the 11th failed sign-in is refused whichever instance gets it, and so is the right password then", async () => {
    const email = newEmail();
    expect((await signUp(cluster!.url, { email, name: "Guessed", password: PASSWORD }, uniqueIp())).status).toBe(201);
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= 10; attempt++) {
      const refused = await signIn(direct(attempt % 2), email, `wrong-${attempt}`, ip);
      expect({ attempt, code: refused.code, session: refused.session }).toEqual({ attempt, code: "invalid_credentials", session: undefined });
    }
    for (const index of [0, 1]) {
      const throttled = await signIn(direct(index), email, "wrong-again", ip);
      expect(throttled.code).toBe("rate_limited");
    }
    const right = await signIn(direct(1), email, PASSWORD, ip);
    expect(right).toMatchObject({ code: "rate_limited", session: undefined });
    // Another client is not locked out by the guesser.
    expect((await signIn(direct(0), email, PASSWORD, uniqueIp())).session).toBeDefined();
  });

  it("the sign-up limit counts across instances", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < SIGN_UP_LIMIT; i++) {
      const created = await signUp(direct(i % 2), { email: newEmail(), name: "Many", password: PASSWORD }, ip);
      expect(created.status).toBe(201);
    }
    for (const index of [0, 1]) {
      const refused = await signUp(direct(index), { email: newEmail(), name: "Many", password: PASSWORD }, ip);
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
    }
  });

  it("logs one JSON line per request with route, status, duration and user id, and no password, cookie or note text", async () => {
    const learner = await learnerOn(1);
    const marker = `private-note-marker-${randomUUID()}`;
    const saved = await call(cluster!.url, `/api/notes/${topicSlug}`, { method: "PUT", json: { body: `# Mine\n${marker}` }, cookie: learner.cookie });
    expect(saved.status).toBe(200);
    const requestId = saved.headers.get("x-request-id")!;
    const invite = await call(cluster!.url, `/api/invites/${"t".repeat(43)}`);
    expect(invite.status).toBe(404);

    const text = await eventually(async () => {
      const content = readFileSync(logFile(), "utf8");
      return content.includes(requestId) && content.includes(invite.headers.get("x-request-id")!) ? content : undefined;
    }, 10_000, "the request lines");
    const lines = text.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.find((line) => line.requestId === requestId && line.msg === "request")).toMatchObject({
      level: "info",
      time: expect.any(String),
      method: "PUT",
      route: "/api/notes/[slug]",
      status: 200,
      durationMs: expect.any(Number),
      userId: learner.id,
      instance: expect.stringMatching(/^app-\d$/),
    });
    // Paths with tokens are logged by their pattern only.
    expect(lines.find((line) => line.requestId === invite.headers.get("x-request-id"))).toMatchObject({ route: "/api/invites/[token]", status: 404 });
    expect(text).not.toContain("t".repeat(43));
    for (const secret of [PASSWORD, learner.cookie, marker]) expect(text).not.toContain(secret);
  });

  it("runs the link-health schedule once per tick, not once per instance", async () => {
    const ticks = await eventually(async () => {
      const { rows } = await sql!.query<{ minute: Date; count: string }>(
        `SELECT date_trunc('minute', created_on) AS minute, count(*) FROM pgboss.job WHERE name = 'link-check-schedule' GROUP BY 1 ORDER BY 1`,
      );
      return rows.length > 0 ? rows : undefined;
    }, 150_000, "a scheduled tick");
    // The run it asked for finishes (every URL fails fast without a network), well after both instances' cron passes.
    const runs = await eventually(async () => {
      const { rows } = await sql!.query<{ status: string }>(`SELECT status FROM link_check_runs WHERE trigger = 'schedule'`);
      return rows.length > 0 && rows.every((row) => row.status === "DONE" || row.status === "FAILED") ? rows : undefined;
    }, 150_000, "the scheduled run to finish");
    const { rows: after } = await sql!.query<{ minute: Date; count: string }>(
      `SELECT date_trunc('minute', created_on) AS minute, count(*) FROM pgboss.job WHERE name = 'link-check-schedule' GROUP BY 1 ORDER BY 1`,
    );
    expect(after.length).toBeGreaterThanOrEqual(ticks.length);
    expect(after.every((row) => row.count === "1")).toBe(true);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeLessThanOrEqual(after.length);
  }, 330_000);

  it("SIGTERM: the instance refuses new connections, finishes the request in flight, and exits 0", async () => {
    const learner = await learnerOn(1);
    const instance = cluster!.instances[1]!;
    const marker = `in-flight-${randomUUID()}`;
    const body = JSON.stringify({ body: `Written while stopping ${marker}` });
    const held = await heldNotePut(1, learner.cookie, body, 10);
    const stopped = cluster!.stopInstance(1);
    const draining = await eventually(async () => {
      const lines = readFileSync(logFile(), "utf8").split("\n").filter((line) => line.includes(`"instance":"${instance.name}"`) && line.includes("SIGTERM"));
      return lines.length > 0 ? lines.at(-1)! : undefined;
    }, 30_000, "the instance to start draining");
    expect(draining).toContain("1 request(s) in flight");
    expect(await isListening(instance.port)).toBe(false);
    // Through nginx, everything still works on the other instance.
    expect((await call(cluster!.url, "/api/ready")).status).toBe(200);
    held.finish();
    const res = await held.answer;
    expect(res).toMatchObject({ status: 200 });
    expect(JSON.parse((res as { text: string }).text)).toMatchObject({ topic: topicSlug, body: expect.stringContaining(marker) });
    expect(await stopped).toEqual({ code: 0, signal: null });
    const { rows } = await sql!.query<{ body: string }>(`SELECT body FROM notes WHERE user_id = $1`, [learner.id]);
    expect(rows.map((row) => row.body)).toEqual([`Written while stopping ${marker}`]);
    // Started again, it serves again.
    await cluster!.startInstance(1);
    expect((await call(direct(1), "/api/ready")).status).toBe(200);
  }, 240_000);

  it("SIGTERM: a request still running after the grace period is cut, and the instance still exits 0", async () => {
    const learner = await learnerOn(0);
    const instance = cluster!.instances[1]!;
    await cluster!.stopInstance(1);
    await cluster!.startInstance(1, { SHUTDOWN_GRACE_MS: "1000" });
    const held = await heldNotePut(1, learner.cookie, JSON.stringify({ body: "never finished" }), 5); // …and never the rest
    expect(await cluster!.stopInstance(1)).toEqual({ code: 0, signal: null });
    expect(await held.answer).toEqual({ error: "ECONNRESET" });
    const lines = readFileSync(logFile(), "utf8").split("\n").filter((line) => line.includes(`"instance":"${instance.name}"`));
    expect(lines.some((line) => line.includes("1 request(s) still running after 1000 ms"))).toBe(true);
    const { rows } = await sql!.query(`SELECT 1 FROM notes WHERE user_id = $1`, [learner.id]);
    expect(rows).toEqual([]);
    await cluster!.startInstance(1);
  }, 240_000);

  it("stops as a whole: nginx and every instance exit 0, no instance exited on its own", async () => {
    const exits = await cluster!.stop();
    expect(exits.nginx).toEqual({ code: 0, signal: null });
    expect(exits.instances).toEqual(cluster!.instances.map(() => ({ code: 0, signal: null })));
    expect(cluster!.crashes).toEqual([]);
    for (const port of [new URL(cluster!.url).port, ...cluster!.instances.map((instance) => instance.port)]) {
      expect(await isListening(Number(port))).toBe(false);
    }
    removeNginxDir(cluster!);
    cluster = undefined;
    expect(existsSync(logFile())).toBe(true);
  }, 120_000);
});
