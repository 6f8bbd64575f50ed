// Every teams route × every kind of caller: anonymous, a signed-in outsider, a
// member, the lead of another team, the team's lead, and an admin who is not
// in the team (site roles grant nothing inside teams). Each answers exactly its
// expected status; wherever a call is refused (and on every read) the team's
// rows are exactly as before.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTORS, createRouteFixture, TEAM_ROUTES, type Actor, type Cast } from "@/tests/support/team-routes";
import { createPerson, createTeamRow, teamsApi, teamSnapshot, type Person, type TeamsApi } from "@/tests/support/teams";

let cast: Cast & Record<Exclude<Actor, "anonymous">, Person>;
beforeAll(async () => {
  const [lead, member, target, outsider, otherLead, admin] = await Promise.all([
    createPerson({ name: "Lead" }),
    createPerson({ name: "Member" }),
    createPerson({ name: "Target" }),
    createPerson({ name: "Outsider" }),
    createPerson({ name: "Other lead" }),
    createPerson({ name: "Admin", role: "ADMIN" }),
  ]);
  await createTeamRow({ lead: otherLead, name: "Other team" });
  cast = { lead, member, target, outsider, otherLead, admin };
});

const apiOf = (actor: Actor): { api: TeamsApi; me: { id: string } | null } =>
  actor === "anonymous" ? { api: teamsApi(), me: null } : { api: cast[actor].api, me: { id: cast[actor].id } };

describe.each(TEAM_ROUTES)("$route", ({ route, call, expected }) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const fixture = await createRouteFixture(cast);
    const before = await teamSnapshot(fixture.teamId);
    const { api, me } = apiOf(actor);
    const res = await call(api, fixture, me);
    expect(res.status, `${route} as ${actor}: ${JSON.stringify((res as { body?: unknown }).body ?? null)}`).toBe(expected[actor]);
    if (res.status >= 400) {
      const body = (res as { body?: unknown }).body ?? JSON.parse((res as unknown as { text: string }).text);
      expect(body).toStrictEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    if (res.status >= 400 || route.startsWith("GET ")) expect(await teamSnapshot(fixture.teamId)).toStrictEqual(before);
  });
});

/** "METHOD /api/…" for every handler exported by the route modules under `dir` (params as {name}). */
async function routesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) await walk(full);
      else if (entry === "route.ts") {
        const url = "/" + path.relative("app", folder).replace(/\[([^\]]+)\]/g, "{$1}").split(path.sep).join("/");
        const mod = (await import(/* @vite-ignore */ path.resolve(full))) as Record<string, unknown>;
        for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (typeof mod[method] === "function") found.push(`${method} ${url}`);
      }
    }
  };
  await walk(dir);
  return found;
}

describe("the route table", () => {
  it("covers every handler under app/api/teams, app/api/invites and app/api/me/assignments", async () => {
    const handlers = [...(await routesUnder("app/api/teams")), ...(await routesUnder("app/api/invites")), ...(await routesUnder("app/api/me/assignments"))];
    const table = new Set(TEAM_ROUTES.map((r) => r.route.replace(/ \(.*\)$/, "")));
    expect([...new Set(handlers)].sort()).toStrictEqual([...table].sort());
  });
});
