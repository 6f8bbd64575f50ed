import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, ERROR_STATUS, toApiError } from "@/lib/errors";
import { logger } from "@/lib/log";

describe("toApiError", () => {
  it("maps validation errors to 422 with the field named", () => {
    const result = z.strictObject({ name: z.string() }).safeParse({ name: 1 });
    const error = toApiError(result.error);
    expect(error.code).toBe("validation_failed");
    expect(ERROR_STATUS[error.code]).toBe(422);
    expect(error.message).toMatch(/^name: /);
  });

  it("maps Prisma's unique and not-found errors", () => {
    expect(toApiError(Object.assign(new Error("x"), { code: "P2002" })).code).toBe("conflict");
    expect(toApiError(Object.assign(new Error("x"), { code: "P2025" })).code).toBe("not_found");
  });

  it("maps an unreachable database to a retryable 503", () => {
    const error = toApiError(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    expect(error.code).toBe("unavailable");
    expect(error.headers).toEqual({ "Retry-After": "1" });
  });

  it("maps a raw statement on a connection the database closed (no SQLSTATE) to a retryable 503", () => {
    // What Prisma 6.19 throws when a query goes out on a connection a database restart had just closed.
    const closed = Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation: Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`"), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } } },
    });
    expect(toApiError(closed).code).toBe("unavailable");
    const refused = Object.assign(new Error("x"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } });
    expect(toApiError(refused).code).toBe("unavailable");
  });

  it("hides unknown errors behind a generic 500", () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const error = toApiError(new Error("secret detail"));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("internal");
    expect(error.message).not.toContain("secret");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
