// withErrors maps every error a handler throws to the JSON envelope, except
// Next's own control flow (notFound(), redirect(), dynamic-usage signals),
// which it must rethrow for Next to act on (a swallowed one became a 500
// envelope, and a prerendered route kept it).
import { describe, expect, it, vi } from "vitest";
import { notFound, redirect } from "next/navigation";
import { withErrors } from "@/lib/api";
import { buildRequest } from "@/tests/support/http";

const call = (handler: Parameters<typeof withErrors>[0]) => withErrors(handler)(buildRequest("/api/anything"));

describe("withErrors", () => {
  it("rethrows notFound() and redirect() for Next", async () => {
    await expect(call(async () => notFound())).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
    await expect(call(async () => redirect("/elsewhere"))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;/) });
  });

  it("still turns any other error into the 500 envelope", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await call(async () => {
      throw new Error("secret detail");
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal", message: expect.not.stringContaining("secret") } });
  });
});
