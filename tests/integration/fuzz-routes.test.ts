// Generated bad input for every route (fast-check): bodies, query strings and
// path params generated from the route's zod schemas (via their JSON Schema)
// and from the matrix's valid request, then mutated — wrong types, huge
// strings, deep nesting, __proto__ / constructor keys, NUL and lone
// surrogates, bytes that are not UTF-8, wrong content types, empty and 1 MB
// bodies, odd path segments. Every answer must be a success or a documented
// 4xx with the error envelope (checked against the OpenAPI registry), never a
// 5xx; afterwards the app still answers. Each route is called as the caller
// the matrix lets through, so input reaches the parsers and the database.
// Private database (successful writes edit the catalog).
import fc from "fast-check";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiRoute, Method } from "@/lib/openapi/define";
import type { ApiCall } from "@/tests/support/api-client";
import { usePrivateDatabase } from "@/tests/support/private-database";
import { baseKey, CASES, type Actor, type Case } from "@/tests/support/route-cases";

usePrivateDatabase("waypoint_fuzz_routes");

/** Requests in all (at least 1,000), spread evenly over the routes. */
const TOTAL_REQUESTS = 1_100;

let worlds: typeof import("@/tests/support/world");
let client: typeof import("@/tests/support/api-client");
let routes: typeof import("@/tests/support/api-routes");
beforeAll(async () => {
  worlds = await import("@/tests/support/world");
  client = await import("@/tests/support/api-client");
  routes = await import("@/tests/support/api-routes");
});

type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
};

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

/** Values that the JSON Schema describes (roughly: refinements are not known to it, which is the point). */
function arbitraryOf(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return fc.anything({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => arbitraryOf(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      if (schema.format === "email") return fc.emailAddress();
      if (schema.format === "uri") return fc.webUrl();
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, schema.maxLength ?? 200));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 60), unit: "grapheme" });
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 100_000 });
    case "number":
      return fc.double({ min: schema.minimum ?? schema.exclusiveMinimum ?? -1_000, max: schema.maximum ?? 100_000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(arbitraryOf(schema.items, depth + 1), { minLength: Math.min(schema.minItems ?? 0, 3), maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case "object": {
      const props = Object.entries(schema.properties ?? {}).map(([key, value]) => [key, arbitraryOf(value, depth + 1)] as const);
      return fc.record(Object.fromEntries(props), { requiredKeys: (schema.required ?? []).filter((k) => k in (schema.properties ?? {})) });
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

// ───────────── mutations ─────────────

const NASTY_STRINGS = [
  "a\u0000b", "\u0000", "\ud800", "x\udfffy", "\udbff\udfff", "\u202e\u0644", "🧨".repeat(50), "' OR 1=1 --", "<script>alert(1)</script>",
  "javascript:alert(1)", "../../etc/passwd", "%00", "\r\nSet-Cookie: a=b", " ", "", "x".repeat(5_000), "x".repeat(70_000),
];
const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: "binary", maxLength: 30 }));
const wrongValue = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, -0, [], {}, [null], { "": "" }, "1", "true"),
  nastyString,
  fc.anything({ maxDepth: 3 }),
);
const protoKeys = fc.constantFrom(
  '{"__proto__":{"role":"ADMIN","isAdmin":true}}',
  '{"constructor":{"prototype":{"role":"ADMIN"}}}',
  '{"__proto__":null,"prototype":{}}',
);

const deep = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
const utf8 = (text: string) => new TextEncoder().encode(text);
const concatBytes = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};

type Variant = { kind: string; call: ApiCall };

/** A mutated body for a route whose valid body is `base` and whose schema is `schema`. */
function bodyVariants(base: unknown, schema: JsonSchema | undefined): fc.Arbitrary<Variant> {
  const keys = base && typeof base === "object" && !Array.isArray(base) ? Object.keys(base) : [];
  const withKey = (value: fc.Arbitrary<unknown>) =>
    keys.length
      ? fc.tuple(fc.constantFrom(...keys), value).map(([key, v]) => ({ ...(base as object), [key]: v }))
      : value.map((v) => ({ value: v }));
  const json = (kind: string, arb: fc.Arbitrary<unknown>): fc.Arbitrary<Variant> => arb.map((value) => ({ kind, call: { json: value } }));
  const raw = (kind: string, arb: fc.Arbitrary<string | Uint8Array<ArrayBuffer>>, headers?: Record<string, string>): fc.Arbitrary<Variant> =>
    arb.map((body) => ({ kind, call: { body, ...(headers ? { headers } : {}) } }));
  const baseText = JSON.stringify(base ?? {});
  return fc.oneof(
    json("generated", arbitraryOf(schema)),
    json("wrong type", withKey(wrongValue)),
    json("nasty string", withKey(nastyString)),
    json("extra key", fc.tuple(fc.string({ maxLength: 12 }), wrongValue).map(([k, v]) => ({ ...(base as object), [k]: v }))),
    json("wrong top level", fc.constantFrom<unknown>([], [base], 42, null, "text", true)),
    raw("prototype keys", protoKeys.map((p) => (keys.length ? `${p.slice(0, -1)},${baseText.slice(1)}` : p))),
    raw("deep nesting", fc.integer({ min: 500, max: 20_000 }).chain((d) => fc.constantFrom(deep(d, "[", "]"), deep(d, '{"a":', "}").replace(/}$/, "1}")))),
    raw("not JSON", fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom("{", "}", '{"a":}', "[1,]", "NaN", "undefined", "\u0000"))),
    raw("invalid UTF-8", fc.constantFrom(new Uint8Array([0xff, 0xfe]), new Uint8Array([0xc3, 0x28])).map((bad) =>
      concatBytes(utf8(baseText.slice(0, -1) + (keys.length ? ',"x":"' : '"x":"')), bad, utf8('"}')) as Uint8Array<ArrayBuffer>)),
    raw("wrong content type", fc.constant(baseText), { "content-type": "text/plain" }),
    raw("form encoded", fc.constant("a=1&b=2"), { "content-type": "application/x-www-form-urlencoded" }),
    raw("multipart", fc.constant('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'), { "content-type": "multipart/form-data; boundary=x" }),
    raw("empty", fc.constant("")),
    raw("1 MB", fc.constant("x".repeat(1 << 20))),
    raw("1 MB declared", fc.constant(JSON.stringify({ pad: "x".repeat(1 << 20) })), { "content-length": String((1 << 20) + 10) }),
  );
}

const queryValue = fc.oneof(nastyString.map((v) => client.encodeSegment(v)), fc.constantFrom("%E0%A4%A", "%ED%A0%80", "%FF", "%00", "%", "a&a=b", "1e999", "-1", "NaN"));

function queryVariants(route: ApiRoute, base: string): fc.Arbitrary<Variant> {
  const names = Object.keys(jsonSchemaOf(route.query!).properties ?? {});
  const generated = arbitraryOf(jsonSchemaOf(route.query!)).map((value) => {
    const entries = Object.entries((value ?? {}) as Record<string, unknown>).map(([k, v]) => `${client.encodeSegment(k)}=${client.encodeSegment(String(v))}`);
    return `?${entries.join("&")}`;
  });
  return fc.oneof(
    generated.map((query) => ({ kind: "generated query", call: { query } })),
    fc.tuple(fc.constantFrom(...(names.length ? names : ["x"])), queryValue).map(([k, v]) => ({ kind: "nasty query", call: { query: `${base || "?"}&${k}=${v}` } })),
    fc.tuple(fc.string({ maxLength: 10 }), queryValue).map(([k, v]) => ({ kind: "unknown query key", call: { query: `?${client.encodeSegment(k)}=${v}` } })),
    fc.constantFrom(...(names.length ? names : ["x"])).map((k) => ({ kind: "repeated query key", call: { query: `?${k}=a&${k}=b` } })),
  );
}

const paramValue = fc.oneof(
  fc.constantFrom("", "x".repeat(5_000), "\u0000", "\ud800", "__proto__", "constructor", "prototype", "..", "../admin", "' OR 1=1 --", "%00", "null", "0"),
  fc.stringMatching(/^c[a-z0-9]{24}$/),
  fc.string({ maxLength: 50, unit: "binary" }),
);

function paramVariants(base: Record<string, string>): fc.Arbitrary<Variant> {
  return fc.tuple(fc.constantFrom(...Object.keys(base)), paramValue).map(([name, value]) => ({ kind: "odd path param", call: { params: { ...base, [name]: value } } }));
}

// ───────────── the run ─────────────

const PREFERRED: Actor[] = ["lead", "admin", "learner", "anonymous"];
const callerOf = (c: Case) => PREFERRED.find((actor) => c.expected[actor] < 300) ?? "anonymous";

const tally = { requests: 0, byClass: {} as Record<string, number>, byKind: {} as Record<string, number>, fiveHundreds: [] as string[] };

describe("generated bad input", () => {
  // One case per route (variants of the same route are the matrix's business).
  const byRoute = [...new Map(CASES.map((c) => [baseKey(c.route), c])).values()];
  const runsPerRoute = Math.max(8, Math.ceil(TOTAL_REQUESTS / byRoute.length));

  for (const c of byRoute) {
    it(`${baseKey(c.route)}: never a 5xx`, async () => {
      const key = baseKey(c.route);
      const [method, path] = key.split(" ") as [Method, string];
      const route = routes.findRoute(method, client.concretePath(path, {}))
        ?? (await import("@/lib/openapi/routes")).API_ROUTES.find((r) => r.method === method && r.path === path)!;
      const world = await worlds.createWorld();
      const actor = callerOf(c);
      const cookie = actor === "anonymous" ? undefined : world.people[actor].cookie;
      const base = await c.request(world, actor === "anonymous" ? null : world.people[actor]);
      // Bodies have the most ways to be wrong: they get most of the runs.
      const variants: { arbitrary: fc.Arbitrary<Variant>; weight: number }[] = [];
      if (route.body || method !== "GET") variants.push({ arbitrary: bodyVariants(base.json, route.body ? jsonSchemaOf(route.body) : undefined), weight: 4 });
      if (route.query) variants.push({ arbitrary: queryVariants(route, base.query ?? ""), weight: 2 });
      if (base.params && Object.keys(base.params).length) variants.push({ arbitrary: paramVariants(base.params), weight: 1 });
      if (variants.length === 0) {
        variants.push({ arbitrary: fc.constant({ kind: "as is", call: {} }), weight: 1 }, { arbitrary: queryVariants({ ...route, query: z.object({}) }, ""), weight: 3 });
      }
      await fc.assert(
        fc.asyncProperty(fc.oneof(...variants), async (variant) => {
          const call: ApiCall = { ...base, json: undefined, ...variant.call, params: { ...base.params, ...variant.call.params }, cookie };
          if (variant.call.body !== undefined) delete call.json;
          if (method === "GET") delete call.body;
          const result = await client.callApi(method, path, call);
          tally.requests += 1;
          const cls = `${String(result.status)[0]}xx`;
          tally.byClass[cls] = (tally.byClass[cls] ?? 0) + 1;
          tally.byKind[variant.kind] = (tally.byKind[variant.kind] ?? 0) + 1;
          if (result.status >= 500) tally.fiveHundreds.push(`${key} [${variant.kind}] → ${result.status}`);
          expect(result.status, `${key} [${variant.kind}]: ${JSON.stringify(result.body).slice(0, 300)}`).toBeLessThan(500);
        }),
        { numRuns: runsPerRoute },
      );
    });
  }

  it("sent at least 1,000 requests, and the app still answers", async () => {
    expect(tally.requests).toBeGreaterThanOrEqual(1_000);
    expect((await client.callApi("GET", "/api/health")).status).toBe(200);
    expect((await client.callApi("GET", "/api/tracks")).status).toBe(200);
  });
});

afterAll(() => {
  const classes = Object.entries(tally.byClass).sort().map(([k, v]) => `${k} ${v}`).join(", ");
  console.log(`[fuzz-routes] ${tally.requests} requests: ${classes}; 5xx: ${tally.fiveHundreds.length}${tally.fiveHundreds.length ? `\n  ${tally.fiveHundreds.join("\n  ")}` : ""}`);
  console.log(`[fuzz-routes] by mutation: ${Object.entries(tally.byKind).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
});
