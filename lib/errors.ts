// Errors that domain code throws and lib/api.ts turns into HTTP answers.
import { z, ZodError } from "zod";
import { logger } from "@/lib/log";

/** The one code → status table. Every error leaves as `{ error: { code, message } }`. */
export const ERROR_STATUS = {
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** An invite that existed but no longer works (expired, revoked, used). */
  gone: 410,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** The body of every error answer (the OpenAPI document's `Error` component). */
export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
    }),
  })
  .meta({ id: "Error", description: "Every error: a stable code (one per status) and a message for people." });

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what = "Not found") => new ApiError("not_found", what);


// Errors of the database driver that mean "not reachable right now": the
// request can be retried, so they answer 503, not 500.
const UNAVAILABLE_PATTERN =
  /ECONNREFUSED|ECONNRESET|EPIPE|terminating connection|Connection terminated|not queryable|connection error|timeout exceeded when trying to connect|DatabaseNotReachable|ConnectionClosed|Server has closed the connection|the database system is (starting up|shutting down)|Can't reach database/i;

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/** The PostgreSQL SQLSTATE behind a failed raw statement (Prisma reports those as P2010). */
function sqlState(error: unknown): string | undefined {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } })?.meta
    ?.driverAdapterError?.cause;
  const code = cause?.originalCode ?? cause?.code;
  return typeof code === "string" ? code : undefined;
}

// How Prisma's driver adapter classifies a lost or refused connection (no
// SQLSTATE: the failure is below SQL), e.g. a query sent on a connection that
// a database restart had just closed: "Server has closed the connection."
const UNAVAILABLE_KINDS = new Set(["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout", "TooManyConnections"]);

function adapterErrorKind(error: unknown): string | undefined {
  const kind = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } })?.meta?.driverAdapterError?.cause?.kind;
  return typeof kind === "string" ? kind : undefined;
}

const unavailable = () =>
  new ApiError("unavailable", "The database is unavailable; try again shortly.", { "Retry-After": "1" });

/**
 * A raw statement's failure, by SQLSTATE class, mapped like the model
 * queries' errors: unique → 409, foreign key → 404, bad data → 422,
 * serialization / deadlock / connection → 503 (retry). Null: not ours to map.
 */
function fromSqlState(state: string | undefined): ApiError | null {
  if (!state) return null;
  if (state === "23505") return new ApiError("conflict", "That already exists.");
  if (state === "23503") return notFound();
  if (state === "23514" || state === "23502" || state.startsWith("22")) {
    return new ApiError("validation_failed", "A value is out of range or malformed.");
  }
  if (state === "40001" || state === "40P01" || state.startsWith("08") || state.startsWith("57P")) return unavailable();
  return null;
}

/** Maps anything thrown in a handler to an ApiError; unknown errors are logged, never shown. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return new ApiError("validation_failed", describeIssues(error));
  if (UNAVAILABLE_KINDS.has(adapterErrorKind(error) ?? "")) return unavailable();
  switch (prismaCode(error)) {
    case "P2002":
      return new ApiError("conflict", "That already exists.");
    case "P2025":
    case "P2003":
      return notFound();
    case "P2010": {
      const mapped = fromSqlState(sqlState(error));
      if (mapped) return mapped;
      break;
    }
    case "P1001":
    case "P1002":
    case "P1017":
    case "P2028": // an interactive transaction that could not start or finish in time
      return unavailable();
  }
  if (UNAVAILABLE_PATTERN.test(`${(error as Error)?.message} ${(error as { cause?: Error })?.cause?.message ?? ""}`)) {
    return unavailable();
  }
  // With its stack and the request's id (lib/log.ts); the client only sees "internal".
  logger.error({ err: error }, "unhandled error");
  return new ApiError("internal", "Something went wrong on our side.");
}

function describeIssues(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

