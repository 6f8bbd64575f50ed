// The route × role matrix, generated from the route files: every exported
// handler of app/api/**/route.ts must have an entry in tests/support/route-cases.ts
// (a new route without one fails), and each is called as anonymous, a learner,
// another learner, a team member, another team's lead, the team's lead and an
// admin, on rows that belong to someone else. Each call's status must be the
// one the table says; a refused call (4xx), and every read, must leave every
// table as it was. Every answer is also checked against the OpenAPI registry
// (tests/support/http.ts), and each route must have answered at least one
// success that matched its documented schema. It replaces the teams-only
// teams-authorization.test.ts (same callers, same routes, a stronger check).
// Private database (admins edit the catalog; fingerprints need a quiet database).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeKey, type Method } from "@/lib/openapi/define";
import { routeFiles } from "@/tests/support/api-routes";
import { ACTORS, baseKey, CASES, EXCLUDED } from "@/tests/support/route-cases";
import { usePrivateDatabase } from "@/tests/support/private-database";

usePrivateDatabase("waypoint_route_matrix");

let worlds: typeof import("@/tests/support/world");
let client: typeof import("@/tests/support/api-client");
let contract: typeof import("@/tests/support/contract");
beforeAll(async () => {
  worlds = await import("@/tests/support/world");
  client = await import("@/tests/support/api-client");
  contract = await import("@/tests/support/contract");
});

const split = (key: string) => {
  const [method, path] = key.split(" ") as [Method, string];
  return { method, path };
};

const tally = { calls: 0, refused: 0, unauthorizedSuccesses: [] as string[], unexpected: [] as string[] };

describe("route × role matrix", () => {
  it("has an entry (or a stated exclusion) for every handler on disk, and none for a handler that does not exist", () => {
    const onDisk = routeFiles().flatMap((f) => f.methods.map((method) => routeKey({ method, path: f.path })));
    const covered = new Set([...CASES.map((c) => baseKey(c.route)), ...Object.keys(EXCLUDED)]);
    expect(onDisk.filter((key) => !covered.has(key)), "routes without a matrix entry").toEqual([]);
    expect([...covered].filter((key) => !onDisk.includes(key)), "matrix entries for routes that do not exist").toEqual([]);
  });

  for (const c of CASES) {
    it(c.route, async () => {
      const { method, path } = split(baseKey(c.route));
      let world = await worlds.createWorld();
      for (const actor of ACTORS) {
        if (c.worldPerActor && actor !== "anonymous") world = await worlds.createWorld();
        const me = actor === "anonymous" ? null : world.people[actor];
        const call = await c.request(world, me);
        const expected = c.expected[actor];
        const refused = expected >= 400;
        // A refusal writes nothing; neither does any read.
        const guarded = refused || method === "GET";
        const before = guarded ? await worlds.databaseFingerprint() : null;
        const result = await client.callApi(method, path, { ...call, cookie: me?.cookie });
        tally.calls += 1;
        if (refused) tally.refused += 1;
        const label = `${c.route} as ${actor}`;
        if (refused && result.status < 400) tally.unauthorizedSuccesses.push(`${label}: ${result.status}`);
        if (result.status !== expected) tally.unexpected.push(`${label}: ${result.status} (expected ${expected}) ${JSON.stringify(result.body).slice(0, 160)}`);
        expect(result.status, `${label}: ${JSON.stringify(result.body).slice(0, 300)}`).toBe(expected);
        if (guarded) expect(await worlds.databaseFingerprint(), `${label} changed the database`).toEqual(before);
        if (!refused) await c.check?.(world, result.body);
      }
    });
  }

  it("saw a documented success of every route it calls (bodies matched the OpenAPI schemas)", () => {
    const missing = CASES.map((c) => baseKey(c.route)).filter((key) => ![...(contract.checkedAnswers.get(key) ?? [])].some((s) => s < 300));
    expect(missing).toEqual([]);
  });
});

afterAll(() => {
  const routes = new Set(CASES.map((c) => baseKey(c.route))).size;
  console.log(
    `[route-matrix] ${routes} routes (${CASES.length} cases incl. variants) × ${worlds?.ACTORS.length ?? 7} roles: ${tally.calls} calls, ` +
      `${tally.refused} expected refusals, ${tally.unauthorizedSuccesses.length} unauthorized successes, ${tally.unexpected.length} unexpected statuses` +
      (tally.unauthorizedSuccesses.length ? `\n  ${tally.unauthorizedSuccesses.join("\n  ")}` : ""),
  );
});
