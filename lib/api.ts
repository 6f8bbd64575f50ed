import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { unstable_rethrow } from "next/navigation";
import type { ZodType } from "zod";
import { can, type Permission } from "@/lib/permissions";
import { ApiError, ERROR_STATUS, notFound, toApiError } from "@/lib/errors";
import { env } from "@/lib/env";
import { getSessionUser } from "@/lib/session";
import { revalidateIfContentMoved } from "@/lib/catalog/version";
import type { SessionUser } from "@/lib/session-store";

export { notFound };

export function errorResponse(error: ApiError) {
  return NextResponse.json(
    { error: { code: error.code, message: error.message } },
    { status: ERROR_STATUS[error.code], headers: error.headers },
  );
}

const MAX_BODY_BYTES = 64 * 1024;
const tooLarge = () => new ApiError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);

/**
 * The body as text, read only up to the cap: a declared length over it is
 * refused before reading, and a chunked body is cut off (and the rest left
 * unread) as soon as it passes it. Bytes that are not UTF-8 → 400.
 */
async function readCappedText(req: Request): Promise<string> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError("invalid_json", "The body is not valid UTF-8.");
  }
}

/**
 * Reads a JSON body: malformed → 400, too large → 413, not matching `schema` → 422.
 * The content type is not required (curl -d sends form encoding); cross-site
 * writes are stopped by the Origin check in `withErrors` instead.
 */
export async function parseBody<T>(req: Request, schema: ZodType<T>): Promise<T> {
  const text = await readCappedText(req);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON.");
  }
  assertStorableText(data);
  return schema.parse(data);
}

// Text PostgreSQL cannot store: half a surrogate pair (JSON's "\ud800"
// escape makes one; no UTF-8 text can carry it) and NUL ("\u0000" in JSON,
// %00 in a query string). Either fails in the database driver: a 500.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Refuses (422) input where any string, value or key, holds text the
 * database cannot store. Iterative: the nesting depth is the client's choice.
 */
function assertStorableText(data: unknown): void {
  const stack = [data];
  while (stack.length) {
    const value = stack.pop();
    let bad = false;
    if (typeof value === "string") {
      bad = UNSTORABLE.test(value);
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) bad = true;
        stack.push(item);
      }
    }
    if (bad) throw new ApiError("validation_failed", "Text must be valid Unicode without NUL characters.");
  }
}

/** Route params that do not match `schema` name nothing that exists: 404. */
export function parseParams<T>(params: unknown, schema: ZodType<T>): T {
  const result = schema.safeParse(params);
  if (!result.success) throw notFound();
  return result.data;
}

/** Query-string parameters, validated like a body (422 when wrong). */
export function parseQuery<T>(req: NextRequest, schema: ZodType<T>): T {
  const query = Object.fromEntries(req.nextUrl.searchParams);
  assertStorableText(query);
  return schema.parse(query);
}

export const json = <T>(data: T, init?: ResponseInit) => NextResponse.json(data, init);
export const noContent = () => new NextResponse(null, { status: 204 });

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type Handler<C> = (ctx: C) => Promise<Response>;
type PublicContext = { req: NextRequest; params: Record<string, string | string[] | undefined> };
type AuthContext = PublicContext & { user: SessionUser };

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The site's own origin: APP_URL when configured (do, in production);
 * otherwise the scheme and host this request reached. Behind scripts/server.ts
 * the X-Forwarded-Host/-Proto a handler sees were set by Next from the
 * connection, or by a proxy the server was told to trust (TRUSTED_PROXY_HOPS):
 * the server removes any a client sent.
 */
function siteOrigin(req: Request): string {
  if (env.APP_URL) return new URL(env.APP_URL).origin;
  const url = new URL(req.url);
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.slice(0, -1);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  return `${proto}://${host}`;
}

/**
 * Refuses a write sent from another site, before any database work: the
 * browser's Origin must be ours (scheme and host), and Fetch Metadata must
 * not say cross-site. Clients that send neither (curl, scripts) are not
 * browsers carrying a visitor's cookies, and pass.
 */
export function assertSameOrigin(req: Request) {
  if (!UNSAFE.has(req.method)) return;
  const refused = () => new ApiError("forbidden", "Cross-site requests are not allowed.");
  if (req.headers.get("sec-fetch-site") === "cross-site") throw refused();
  const origin = req.headers.get("origin");
  if (origin === null) return;
  if (origin !== siteOrigin(req)) throw refused();
}

/**
 * Wraps a public handler: unsafe methods pass the Origin check, params
 * resolved, every error mapped to the envelope, except Next's own control
 * flow (notFound(), redirect(), dynamic-usage signals), which is rethrown.
 * Each handler also revalidates the static pages when the catalog moved on
 * another instance (lib/catalog/version.ts: one row read at most every 2 s).
 */
export function withErrors(handler: Handler<PublicContext>) {
  return async (req: NextRequest, ctx?: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req);
      await revalidateIfContentMoved();
      return await handler({ req, params: (await ctx?.params) ?? {} });
    } catch (error) {
      unstable_rethrow(error);
      return errorResponse(toApiError(error));
    }
  };
}

/** Wraps a handler that needs a signed-in user (401 without one) and optionally a permission (403). */
export function withAuth(handler: Handler<AuthContext>, permission?: Permission) {
  return withErrors(async ({ req, params }) => {
    const user = await getSessionUser(req.headers);
    if (!user) throw new ApiError("unauthenticated", "Sign in to do this.");
    if (permission && !can(user.role, permission)) {
      throw new ApiError("forbidden", "You do not have permission to do this.");
    }
    return handler({ req, params, user });
  });
}

