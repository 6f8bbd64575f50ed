// GET /api/ready answers 200 only while the database answers: against a
// private database server that this file starts and then stops, it turns to
// a 503 envelope (fast, not after a pool timeout), and GET /api/health stays 200.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_ENV, startPglite } from "@/scripts/lib/postgres";
import { pointAppAt, type AppDatabase } from "@/tests/support/app-database";
import { callRoute } from "@/tests/support/http";

let server: Awaited<ReturnType<typeof startPglite>> | undefined;
let app: AppDatabase | undefined;
let routes: { ready: typeof import("@/app/api/ready/route"); health: typeof import("@/app/api/health/route") };

beforeAll(async () => {
  server = await startPglite();
  process.env.DATABASE_PREPARED_STATEMENTS = EMBEDDED_ENV.DATABASE_PREPARED_STATEMENTS;
  app = await pointAppAt({ url: server.url, poolMax: 1 });
  routes = { ready: await import("@/app/api/ready/route"), health: await import("@/app/api/health/route") };
}, 60_000);

afterAll(async () => {
  await app?.restore();
  await server?.stop();
  delete process.env.DATABASE_PREPARED_STATEMENTS;
});

describe("GET /api/ready", () => {
  it("is 200 { status: ready } while the database answers", async () => {
    const res = await callRoute(routes.ready.GET, "/api/ready");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ready" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("is a 503 envelope once the database is gone, while /api/health stays 200", async () => {
    await server!.stop();
    const res = await callRoute(routes.ready.GET, "/api/ready");
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ error: { code: "unavailable", message: expect.any(String) } });
    expect(res.headers.get("retry-after")).toBe("1");
    const health = await callRoute(routes.health.GET as never, "/api/health");
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: "ok" });
  });
});
