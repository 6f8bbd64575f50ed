import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as passwords from "@/lib/accounts/password";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { POST } from "@/app/api/users/route";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/accounts/password";
import { uniqueEmail } from "@/tests/factories";
import { NextRequest } from "next/server";
import { callRoute, readResponse } from "@/tests/support/http";

const PASSWORD = "correct horse battery";

// Sign-ups are limited per client address (the one scripts/server.ts stamps): each call here comes from its own.
const uniqueClient = () => `10.${[...randomBytes(3)].join(".")}`;
const signUp = (json: unknown, headers: Record<string, string> = {}) =>
  callRoute(POST, "/api/users", { method: "POST", json, headers: { [CLIENT_IP_HEADER]: uniqueClient(), ...headers } });
const signUpRaw = (body: string) => callRoute(POST, "/api/users", { method: "POST", body, headers: { [CLIENT_IP_HEADER]: uniqueClient() } });

/** Users whose email or name contains `token` (each test's email is unique, so this finds any row it made). */
const rowsMentioning = (token: string) =>
  db.user.count({ where: { OR: [{ email: { contains: token, mode: "insensitive" } }, { name: { contains: token } }] } });

const validationFailed = (message: string) => ({ error: { code: "validation_failed", message } });

describe("POST /api/users", () => {
  it("creates a learner: 201 with exactly { id, email, name }, email normalised, password stored as argon2id", async () => {
    const local = `New.Learner-${randomUUID()}`;
    const res = await signUp({ email: `  ${local}@Test.LOCAL `, name: "  Ada Lovelace ", password: PASSWORD });

    const email = `${local.toLowerCase()}@test.local`;
    const row = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true, role: true, timeZone: true, passwordHash: true },
    });
    expect(res.status).toBe(201);
    expect(res.body).toStrictEqual({ id: row.id, email, name: "Ada Lovelace" });
    expect(row.role).toBe("LEARNER");
    expect(row.timeZone).toBe("UTC");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain(row.passwordHash!);
    expect(JSON.stringify(res.body)).not.toContain(PASSWORD);
  });

  it("stores the time zone the browser sends along", async () => {
    const email = uniqueEmail("zone");
    const res = await signUp({ email, name: "Zoned", password: PASSWORD, timeZone: "Europe/Paris" });
    expect(res.status).toBe(201);
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { timeZone: true } })).toStrictEqual({ timeZone: "Europe/Paris" });
  });

  it("refuses a taken email with 409 conflict, also when it differs only in case and spacing", async () => {
    const email = uniqueEmail("taken");
    expect((await signUp({ email, name: "First", password: PASSWORD })).status).toBe(201);

    for (const again of [email, email.toUpperCase(), ` ${email.replace("taken", "TAKEN")} `]) {
      const res = await signUp({ email: again, name: "Second", password: "another password" });
      expect(res).toMatchObject({ status: 409 });
      expect(res.body).toStrictEqual({ error: { code: "conflict", message: "An account with this email already exists." } });
    }
    const rows = await db.user.findMany({ where: { email }, select: { name: true } });
    expect(rows).toStrictEqual([{ name: "First" }]);
  });

  it("answers malformed JSON with 400 invalid_json", async () => {
    const email = uniqueEmail("malformed");
    for (const body of [`{"email":"${email}","name":"A","password":"${PASSWORD}"`, "", "{", "email=a@b.c&name=A"]) {
      const res = await signUpRaw(body);
      expect(res.status).toBe(400);
      expect(res.body).toStrictEqual({ error: { code: "invalid_json", message: "The body is not valid JSON." } });
    }
    expect(await rowsMentioning(email)).toBe(0);
  });

  const invalid: Array<[string, (email: string) => unknown, string]> = [
    ["email of the wrong type", (email) => ({ email: 42, name: email, password: PASSWORD }), "email: Invalid input: expected string, received number"],
    [
      "name and password of the wrong types",
      (email) => ({ email, name: ["A"], password: 12345678 }),
      "name: Invalid input: expected string, received array; password: Invalid input: expected string, received number",
    ],
    ["a missing email", (email) => ({ name: email, password: PASSWORD }), "email: Invalid input: expected string, received undefined"],
    [
      "an empty object",
      () => ({}),
      "email: Invalid input: expected string, received undefined; name: Invalid input: expected string, received undefined; " +
        "password: Invalid input: expected string, received undefined",
    ],
    ["an unknown field (role)", (email) => ({ email, name: "A", password: PASSWORD, role: "ADMIN" }), 'Unrecognized key: "role"'],
    ["a 7-character password", (email) => ({ email, name: "A", password: "x".repeat(7) }), "password: Password must be at least 8 characters"],
    ["a 129-character password", (email) => ({ email, name: "A", password: "x".repeat(129) }), "password: Password must be at most 128 characters"],
    ["a 101-character name", (email) => ({ email, name: "x".repeat(101), password: PASSWORD }), "name: Name must be at most 100 characters"],
    ["a blank name", (email) => ({ email, name: "   ", password: PASSWORD }), "name: Enter your name"],
    [
      "a 300-character email",
      (email) => ({ email: `${"a".repeat(300 - email.length)}${email}`, name: "A", password: PASSWORD }),
      "email: Email must be at most 254 characters",
    ],
    ["an unknown time zone", (email) => ({ email, name: "A", password: PASSWORD, timeZone: "Mars/Olympus_Mons" }), "timeZone: Unknown time zone"],
    ["an email without @", (email) => ({ email: email.replace("@", "-at-"), name: email, password: PASSWORD }), "email: Enter a valid email address"],
  ];

  it.each(invalid)("refuses %s with 422 validation_failed and creates nothing", async (_, makeBody, message) => {
    const email = uniqueEmail("invalid");
    const res = await signUp(makeBody(email));
    expect(res.status).toBe(422);
    expect(res.body).toStrictEqual(validationFailed(message));
    expect(await rowsMentioning(email)).toBe(0);
  });

  it("accepts the boundary lengths: 8 and 128-character passwords, a 100-character name", async () => {
    for (const [name, password] of [["x".repeat(100), "p".repeat(8)], ["B", "p".repeat(128)]] as const) {
      const email = uniqueEmail("boundary");
      const res = await signUp({ email, name, password });
      expect(res.status).toBe(201);
      expect(res.body).toStrictEqual({ id: expect.any(String), email, name });
    }
  });

  it("does not create an admin when the body asks for role ADMIN", async () => {
    const email = uniqueEmail("sneaky");
    const res = await signUp({ email, name: "Sneaky", password: PASSWORD, role: "ADMIN" });
    expect(res.status).toBe(422);
    expect(await db.user.findMany({ where: { email } })).toStrictEqual([]);
  });

  it.each([
    ["[]", "Invalid input: expected object, received array"],
    ["null", "Invalid input: expected object, received null"],
    ['"a string"', "Invalid input: expected object, received string"],
    ["42", "Invalid input: expected object, received number"],
  ])("refuses a body of %s with 422", async (body, message) => {
    // These bodies name no account, so there is no row to look for: the exact 422 is the proof.
    const res = await signUpRaw(body);
    expect(res.status).toBe(422);
    expect(res.body).toStrictEqual(validationFailed(message));
  });

  describe("body size limit (64 KiB)", () => {
    const LIMIT = 64 * 1024;
    /** A valid sign-up body padded with JSON whitespace to exactly `bytes` bytes. */
    const paddedBody = (email: string, bytes: number) => {
      const json = JSON.stringify({ email, name: "Padded", password: PASSWORD });
      return json.slice(0, -1) + " ".repeat(bytes - Buffer.byteLength(json)) + "}";
    };

    it("accepts a body of exactly 64 KiB", async () => {
      const email = uniqueEmail("limit");
      const body = paddedBody(email, LIMIT);
      expect(Buffer.byteLength(body)).toBe(LIMIT);
      const res = await signUpRaw(body);
      expect(res.status).toBe(201);
      expect(res.body).toStrictEqual({ id: expect.any(String), email, name: "Padded" });
    });

    it.each([
      ["one byte over", (email: string) => paddedBody(email, LIMIT + 1)],
      ["a 70 KB password", (email: string) => JSON.stringify({ email, name: "Big", password: "x".repeat(70_000) })],
      // 40k two-byte characters: under the limit in characters, over it in bytes.
      ["multi-byte text over the limit in bytes", (email: string) => JSON.stringify({ email, name: "é".repeat(40_000), password: PASSWORD })],
    ])("refuses %s with 413 and creates nothing", async (_, makeBody) => {
      const email = uniqueEmail("toolarge");
      const body = makeBody(email);
      expect(Buffer.byteLength(body)).toBeGreaterThan(LIMIT);
      const res = await signUpRaw(body);
      expect(res.status).toBe(413);
      expect(res.body).toStrictEqual({ error: { code: "payload_too_large", message: "The body is larger than 64 KiB." } });
      expect(await rowsMentioning(email)).toBe(0);
    });
  });
});

describe("POST /api/users under attack", () => {
  afterEach(() => vi.restoreAllMocks());

  it("allows 20 sign-ups an hour from one client, then answers 429 with Retry-After — also when 30 arrive at once", async () => {
    const client = uniqueClient();
    const tag = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signUp({ email: uniqueEmail(`flood-${tag}-${i}`), name: "Flood", password: PASSWORD }, { [CLIENT_IP_HEADER]: client })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(20);
    const refused = results.filter((r) => r.status === 429);
    expect(refused).toHaveLength(10);
    expect(refused[0]!.body).toStrictEqual({ error: { code: "rate_limited", message: "Too many accounts created from your address. Try again later." } });
    expect(Number(refused[0]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await rowsMentioning(tag)).toBe(20);
    // Another client is not affected.
    expect((await signUp({ email: uniqueEmail(`other-${tag}`), name: "Other", password: PASSWORD })).status).toBe(201);
  });

  it("refuses a sign-up posted from another site (Origin or Fetch Metadata) before any work, and writes nothing", async () => {
    const hash = vi.spyOn(passwords, "hashPassword");
    const attempts: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }];
    for (const headers of attempts) {
      const email = uniqueEmail("csrf");
      const res = await signUp({ email, name: "Victim", password: PASSWORD }, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.body).toStrictEqual({ error: { code: "forbidden", message: "Cross-site requests are not allowed." } });
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
    expect(hash).not.toHaveBeenCalled();
    // The site's own pages (same origin) sign up as before.
    expect((await signUp({ email: uniqueEmail("same"), name: "Same", password: PASSWORD }, { origin: "http://localhost", "sec-fetch-site": "same-origin" })).status).toBe(201);
  });

  it("answers a taken email without hashing the password (the costly step comes last)", async () => {
    const email = uniqueEmail("cheap");
    expect((await signUp({ email, name: "First", password: PASSWORD })).status).toBe(201);
    const hash = vi.spyOn(passwords, "hashPassword");
    expect((await signUp({ email, name: "Again", password: PASSWORD })).status).toBe(409);
    expect(hash).not.toHaveBeenCalled();
  });

  it("stops reading a chunked body at 64 KiB: a 10 MB stream is refused with 413 after at most one chunk more", async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 10 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const req = new NextRequest("http://localhost/api/users", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", [CLIENT_IP_HEADER]: uniqueClient() },
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    const res = await readResponse(await POST(req, { params: Promise.resolve({}) }));
    expect(res).toMatchObject({ status: 413, body: { error: { code: "payload_too_large", message: "The body is larger than 64 KiB." } } });
    expect(pulled).toBeLessThanOrEqual(64 * 1024 + 2 * chunk.byteLength);
  });

  it("answers bytes that are not UTF-8 with 400, not 500", async () => {
    const req = new NextRequest("http://localhost/api/users", {
      method: "POST",
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      headers: { [CLIENT_IP_HEADER]: uniqueClient() },
    });
    const res = await readResponse(await POST(req, { params: Promise.resolve({}) }));
    expect(res).toMatchObject({ status: 400, body: { error: { code: "invalid_json", message: "The body is not valid UTF-8." } } });
  });
});
