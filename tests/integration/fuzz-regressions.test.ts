// The 500s that tests/integration/fuzz-routes.test.ts found, each pinned:
// they answer a 4xx envelope now and write nothing.
import { describe, expect, it } from "vitest";
import { adminApi, createUser, sessionCookie } from "@/tests/support/admin-api";
import { createLearner, raw } from "@/tests/support/progress";
import { db } from "@/lib/db";

describe("bad input the fuzzer found", () => {
  it("a JSON body with half a surrogate pair (\\ud800) is a 422, not a database error", async () => {
    const learner = await createLearner();
    for (const body of ['{"body":"note \\ud800"}', '{"body":"\\udfff"}', '{"body":"ok","\\ud800":1}']) {
      const result = await learner.api.saveNote("quantization", raw(body));
      expect(result.status, body).toBe(422);
      expect(result.body).toEqual({ error: { code: "validation_failed", message: expect.stringMatching(/Unicode/) } });
    }
    expect(await db.note.count({ where: { userId: learner.id } })).toBe(0);
    // A whole pair (an emoji) is fine.
    expect((await learner.api.saveNote("quantization", raw('{"body":"\\ud83e\\udde8"}'))).status).toBe(200);
  });

  it("a NUL character in a query string or a JSON body is a 422, not a database error", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const api = adminApi(await sessionCookie(admin));
    for (const query of ["?query=%00", "?query=a%00b"]) {
      const result = await api.users(query);
      expect(result.status, query).toBe(422);
      expect(result.body).toEqual({ error: { code: "validation_failed", message: expect.stringMatching(/NUL/) } });
    }
    const learner = await createLearner();
    const note = await learner.api.saveNote("quantization", raw('{"body":"a\\u0000b"}'));
    expect(note.status).toBe(422);
    expect(await db.note.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("an admin topic titled with a lone surrogate is a 422 and no topic is made", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const api = adminApi(await sessionCookie(admin));
    const before = await db.topic.count();
    const result = await api.createTopic("the-llm-scientist", { title: "\ud800", intro: "" });
    expect(result.status).toBe(422);
    expect(await db.topic.count()).toBe(before);
  });

  it("an audit filter on a day that does not exist (0000-00-00, 2025-02-30) is a 422, not an invalid date in the query", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const api = adminApi(await sessionCookie(admin));
    for (const query of ["?to=0000-00-00", "?from=0000-00-00", "?from=2025-02-30", "?to=2025-13-01"]) {
      const result = await api.audit(query);
      expect(result.status, query).toBe(422);
      expect((result.body as { error: { code: string } }).error.code).toBe("validation_failed");
      expect((await api.auditCsv(query)).status, `csv ${query}`).toBe(422);
    }
    expect((await api.audit("?from=2024-02-29&to=2025-01-31")).status).toBe(200);
  });
});
