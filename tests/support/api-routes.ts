// The API as it is on disk: every app/api/**/route.ts and the methods it
// exports, read from the source (so a new file is seen without anyone listing
// it), and the registry entry (lib/openapi/routes.ts) a concrete request hits.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { METHODS, routeKey, type ApiRoute, type Method } from "@/lib/openapi/define";
import { API_ROUTES } from "@/lib/openapi/routes";

const ROOT = path.resolve(__dirname, "../..");
const API_DIR = path.join(ROOT, "app/api");

export type RouteFile = { file: string; path: string; methods: Method[] };

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name === "route.ts") yield full;
  }
}

/** "app/api/teams/[teamId]/route.ts" → "/api/teams/{teamId}"; "[...nextauth]" → "{nextauth}". */
export function apiPathOf(file: string): string {
  const dir = path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep);
  return `/${dir.map((segment) => segment.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}")).join("/")}`;
}

const EXPORT = new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+(${METHODS.join("|")})\\b`, "g");

/** Every route file with the HTTP methods it exports. */
export function routeFiles(): RouteFile[] {
  return [...walk(API_DIR)]
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const methods = [...source.matchAll(EXPORT)].map((m) => m[1] as Method);
      return { file: path.relative(ROOT, file), path: apiPathOf(file), methods };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** "METHOD /api/…" of every exported handler on disk. */
export const routeKeysOnDisk = () => routeFiles().flatMap((f) => f.methods.map((method) => routeKey({ method, path: f.path })));

// Literal segments before parameters: /api/admin/tracks/order is not /api/admin/tracks/{slug}.
const byLiteralness = [...API_ROUTES].sort((a, b) => literalScore(b.path) - literalScore(a.path));
function literalScore(template: string) {
  return template.split("/").reduce((score, segment, i) => score + (segment.startsWith("{") ? 0 : 2 ** (10 - i)), 0);
}
const templateRegex = (template: string) =>
  new RegExp(`^${template.split("/").map((s) => (s.startsWith("{") ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/")}$`);
const REGEXES = new Map(API_ROUTES.map((r) => [r.path, templateRegex(r.path)]));

/** The registry entry that `method` on the concrete `pathname` ("/api/teams/abc") reaches, if any. */
export function findRoute(method: string, pathname: string): ApiRoute | undefined {
  return byLiteralness.find((r) => r.method === method && REGEXES.get(r.path)!.test(pathname));
}
