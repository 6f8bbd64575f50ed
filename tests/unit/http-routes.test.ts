import { describe, expect, it } from "vitest";
import { matchRoute, toRoutePattern, type RoutePattern } from "@/lib/http/routes";

const routes = [
  "/page",
  "/topics/[slug]/page",
  "/api/teams/route",
  "/api/teams/[teamId]/route",
  "/api/teams/[teamId]/members/[userId]/route",
  "/api/invites/[token]/accept/route",
  "/api/auth/[...nextauth]/route",
  "/(marketing)/about/page",
  "/_not-found/page",
]
  .map(toRoutePattern)
  .filter((route): route is RoutePattern => route !== null)
  .sort((a, b) => a.rank - b.rank);

describe("matchRoute", () => {
  it.each([
    ["/", "/"],
    ["/topics/tokenization", "/topics/[slug]"],
    ["/api/teams", "/api/teams"],
    ["/api/teams/", "/api/teams"],
    ["/api/teams/abc123", "/api/teams/[teamId]"],
    ["/api/teams/abc/members/def", "/api/teams/[teamId]/members/[userId]"],
    ["/api/invites/SECRET-TOKEN/accept", "/api/invites/[token]/accept"],
    ["/api/auth/callback/credentials", "/api/auth/[...nextauth]"],
    ["/about", "/about"],
    ["/_next/static/chunks/app.js", "/_next/*"],
  ])("%s → %s", (path, pattern) => {
    expect(matchRoute(routes, path)).toBe(pattern);
  });

  it("names no pattern for an unknown path, and never Next's internal routes", () => {
    expect(matchRoute(routes, "/nowhere/at/all")).toBeNull();
    expect(matchRoute(routes, "/_not-found")).toBeNull();
  });
});
