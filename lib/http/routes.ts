// The route pattern a request path belongs to ("/api/teams/[teamId]"), for log
// lines: the pattern rather than the path, so tokens inside paths (invite
// links) stay out of the log. Built from the build's list of app routes
// (.next/server/app-paths-manifest.json) by scripts/server.ts.
import { readFileSync } from "node:fs";
import path from "node:path";

export type RoutePattern = { page: string; regex: RegExp; rank: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "/topics/[slug]/page" → the pattern "/topics/[slug]" and a regex for its paths; null for Next's internal routes. */
export function toRoutePattern(entry: string): RoutePattern | null {
  const page = entry.replace(/\/(page|route)$/, "") || "/";
  if (page.startsWith("/_")) return null;
  // Route groups "(name)" are not part of the URL.
  const segments = page.split("/").filter((segment) => segment && !/^\(.*\)$/.test(segment));
  let rank = 0;
  const source = segments
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return (rank += 100), "(?:/.*)?";
      if (/^\[\.\.\..+\]$/.test(segment)) return (rank += 100), "/.+";
      if (/^\[.+\]$/.test(segment)) return (rank += 1), "/[^/]+";
      return `/${escape(segment)}`;
    })
    .join("");
  return { page: `/${segments.join("/")}`, regex: new RegExp(`^${source || "/"}/?$`), rank };
}

/** The pattern of the most specific route matching `pathname` (static before dynamic before catch-all); null when none. */
export function matchRoute(routes: RoutePattern[], pathname: string): string | null {
  if (pathname.startsWith("/_next/")) return "/_next/*";
  return routes.find((route) => route.regex.test(pathname))?.page ?? null;
}

/** A matcher over the build's app routes; with no build, nothing matches (paths are logged as they are). */
export function loadRouteMatcher(distDir = ".next"): (pathname: string) => string | null {
  let routes: RoutePattern[] = [];
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
    routes = Object.keys(manifest)
      .map(toRoutePattern)
      .filter((route): route is RoutePattern => route !== null)
      .sort((a, b) => a.rank - b.rank);
  } catch {
    // Not a build: leave `routes` empty.
  }
  return (pathname) => matchRoute(routes, pathname);
}
