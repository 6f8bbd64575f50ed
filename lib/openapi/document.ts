// The OpenAPI 3.1 document, built from the route registry with zod-openapi:
// the same zod schemas the handlers parse with and answer with.
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { z } from "zod";
import { errorEnvelopeSchema } from "@/lib/errors";
import { errorStatuses, type ApiRoute } from "@/lib/openapi/define";
import { API_ROUTES } from "@/lib/openapi/routes";

const ERROR_TEXT: Record<number, string> = {
  302: "Redirect (Auth.js)",
  400: "The body is not valid JSON or UTF-8",
  401: "Not signed in",
  403: "Not allowed (role, team role, wrong password, or a write from another site)",
  404: "No such thing, or not yours",
  409: "Conflicts with the current state",
  410: "No longer valid",
  413: "The body is larger than 64 KiB",
  422: "The input does not match the schema",
  429: "Too many requests; see Retry-After",
  503: "The database is unavailable; retry",
};
const OK_TEXT: Record<number, string> = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No content" };

const errorContent = { "application/json": { schema: errorEnvelopeSchema } };

function responses(route: ApiRoute): ZodOpenApiResponsesObject {
  const out: ZodOpenApiResponsesObject = {};
  for (const [status, answer] of Object.entries(route.ok)) {
    const description = OK_TEXT[Number(status)] ?? "OK";
    if (answer === null || answer === undefined) out[status as "200"] = { description };
    else if (answer === "csv") out[status as "200"] = { description: "A CSV download", content: { "text/csv": { schema: z.string() } } };
    else {
      const csv = route.alsoCsv ? { "text/csv": { schema: z.string() } } : {};
      out[status as "200"] = { description, content: { "application/json": { schema: answer }, ...csv } };
    }
  }
  for (const status of errorStatuses(route)) {
    out[String(status) as "400"] = status === 302 ? { description: ERROR_TEXT[302]! } : { description: ERROR_TEXT[status] ?? "Error", content: errorContent };
  }
  return out;
}

function operation(route: ApiRoute): ZodOpenApiOperationObject {
  const access =
    route.access === "public" ? "Public." : route.access === "signed-in" ? "Signed in." : `Signed in, with the permission \`${route.access}\`.`;
  return {
    operationId: `${route.method.toLowerCase()}${route.path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    summary: route.summary,
    description: [access, route.description].filter(Boolean).join(" "),
    tags: [route.tag],
    security: route.access === "public" ? [] : [{ sessionCookie: [] }, { bearer: [] }],
    "x-access": route.access,
    ...(route.params || route.query ? { requestParams: { ...(route.params ? { path: route.params } : {}), ...(route.query ? { query: route.query } : {}) } } : {}),
    ...(route.body ? { requestBody: { required: !route.bodyOptional, content: { "application/json": { schema: route.body } } } } : {}),
    responses: responses(route),
  };
}

export function buildOpenApiDocument(routes: ApiRoute[] = API_ROUTES) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase() as "get"] = operation(route);
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Waypoint API",
      version: "1.0.0",
      description:
        "The JSON API of Waypoint. Every error answers `{ \"error\": { \"code\", \"message\" } }`. Writes from another site are refused (Origin check). Sign in through Auth.js (the session cookie), or send the same token as `Authorization: Bearer`.",
    },
    servers: [{ url: "/" }],
    tags: ["Service", "Accounts", "Catalog", "Progress", "Review", "Teams", "Admin"].map((name) => ({ name })),
    components: {
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWE (the session token)" },
      },
    },
    paths,
  });
}

let cached: ReturnType<typeof buildOpenApiDocument> | undefined;
/** Built once per process (the registry does not change while it runs). */
export const openApiDocument = () => (cached ??= buildOpenApiDocument());
