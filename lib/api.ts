import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { ZodType } from "zod";
import { can, type Permission } from "@/lib/permissions";
import { ApiError, ERROR_STATUS, notFound, toApiError } from "@/lib/errors";
import { getSessionUser } from "@/lib/session";
import type { SessionUser } from "@/lib/accounts/data";

export { notFound };

export function errorResponse(error: ApiError) {
  return NextResponse.json(
    { error: { code: error.code, message: error.message } },
    { status: ERROR_STATUS[error.code], headers: error.headers },
  );
}

const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON body: malformed → 400, too large → 413, not matching `schema` → 422.
 * The content type is not required (curl -d sends form encoding); cross-site
 * writes are stopped by SameSite cookies and the Origin check instead.
 */
export async function parseBody<T>(req: Request, schema: ZodType<T>): Promise<T> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    throw new ApiError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
  }
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw new ApiError("payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON.");
  }
  return schema.parse(data);
}

/** Route params that do not match `schema` name nothing that exists: 404. */
export function parseParams<T>(params: unknown, schema: ZodType<T>): T {
  const result = schema.safeParse(params);
  if (!result.success) throw notFound();
  return result.data;
}

/** Query-string parameters, validated like a body (422 when wrong). */
export function parseQuery<T>(req: NextRequest, schema: ZodType<T>): T {
  return schema.parse(Object.fromEntries(req.nextUrl.searchParams));
}

export const json = <T>(data: T, init?: ResponseInit) => NextResponse.json(data, init);
export const noContent = () => new NextResponse(null, { status: 204 });

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type Handler<C> = (ctx: C) => Promise<Response>;
type PublicContext = { req: NextRequest; params: Record<string, string | string[] | undefined> };
type AuthContext = PublicContext & { user: SessionUser };

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A cookie-authenticated write from another site is refused (SameSite covers browsers that honour it). */
function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  if (!UNSAFE.has(req.method) || !origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  if (originHost !== host) throw new ApiError("forbidden", "Cross-site requests are not allowed.");
}

/** Wraps a public handler: params resolved, every error mapped to the envelope. */
export function withErrors(handler: Handler<PublicContext>) {
  return async (req: NextRequest, ctx: RouteContext): Promise<Response> => {
    try {
      return await handler({ req, params: (await ctx?.params) ?? {} });
    } catch (error) {
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
    assertSameOrigin(req);
    return handler({ req, params, user });
  });
}

