// The log's shape and its redaction: errors keep their stack; passwords,
// tokens, cookies, headers and bodies are censored wherever they appear.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { requestContext } from "@/lib/http/request-context";
import { createLogger } from "@/lib/log";

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("the log", () => {
  it("writes one JSON object per line with an ISO time, the level name and the request id in scope", () => {
    const { logger, lines } = capture();
    requestContext.run({ requestId: "req-1" }, () => logger.info({ route: "/api/tracks", status: 200 }, "request"));
    expect(lines).toEqual([
      expect.objectContaining({ level: "info", requestId: "req-1", route: "/api/tracks", status: 200, msg: "request", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }),
    ]);
  });

  it("keeps an error's stack", () => {
    const { logger, lines } = capture();
    logger.error({ err: new Error("boom") }, "unhandled error");
    expect(lines[0]).toMatchObject({ level: "error", err: { type: "Error", message: "boom", stack: expect.stringContaining("log.test.ts") } });
  });

  it("censors secrets at the top level and nested", () => {
    const { logger, lines } = capture();
    logger.warn({
      password: "hunter2-top",
      user: { password: "hunter2-nested", token: "tok-123", id: "u1" },
      req: { headers: { cookie: "authjs.session-token=abc" }, body: "a note body" },
      note: "my private note",
    }, "something");
    const text = JSON.stringify(lines[0]);
    for (const secret of ["hunter2-top", "hunter2-nested", "tok-123", "authjs.session-token", "a note body", "my private note"]) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ password: "[redacted]", user: { id: "u1", password: "[redacted]" } });
  });
});
