// Failures of raw statements reach handlers as Prisma P2010 errors: they must
// map to the same statuses the error table promises for model queries
// (404 / 409 / 422 / 503), not to a 500.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ERROR_STATUS, toApiError } from "@/lib/errors";
import { createUser } from "@/tests/factories";

async function statusOf(statement: () => Promise<unknown>): Promise<number> {
  const error = await statement().then(
    () => {
      throw new Error("the statement was expected to fail");
    },
    (failure: unknown) => failure,
  );
  expect((error as { code?: string }).code).toBe("P2010");
  return ERROR_STATUS[toApiError(error).code];
}

describe("raw SQL failures", () => {
  it("a unique violation is a 409", async () => {
    const user = await createUser();
    const status = await statusOf(
      () => db.$executeRaw`INSERT INTO users (id, email, name, updated_at) VALUES (${randomUUID()}, ${user.email}, 'Dup', now())`,
    );
    expect(status).toBe(409);
  });

  it("a foreign key violation (a row that does not exist) is a 404", async () => {
    const status = await statusOf(
      () => db.$executeRaw`INSERT INTO topic_progress (id, user_id, topic_id, status) VALUES (${randomUUID()}, 'no-such-user', 'no-such-topic', 'DONE')`,
    );
    expect(status).toBe(404);
  });

  it("malformed or out-of-range data is a 422", async () => {
    expect(await statusOf(() => db.$queryRaw`SELECT ${"abc"}::int`)).toBe(422);
    expect(await statusOf(() => db.$queryRaw`SELECT ${"99999999999"}::int`)).toBe(422);
  });
});
