import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { ADMIN_STATE } from "./support/admin";
import { expectHydrated, expectPolicyCoversScripts, watchCsp } from "./support/csp";
import { LEARNER_STATE } from "./support/demo-learner";

// Every page (each app/**/page.tsx, found on disk: a new page is covered
// without anyone listing it) loads with no Content-Security-Policy violation,
// anonymous, as a learner and as an admin, and its client JavaScript runs.
// Whether a page is prerendered (hash policy) or rendered per request (nonce
// policy) is not listed here either: each response must allow exactly its own scripts.

const TRACK = "the-llm-scientist";
const TOPIC = "quantization";

/** "/tracks/[slug]", … for every page under app/ (route groups dropped). */
function pageRoutes(dir = "app", route = ""): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.isFile() && /^page\.(tsx|ts|jsx|js)$/.test(entry.name)) ? [route || "/"] : [];
  return [
    ...here,
    ...entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("_") && !entry.name.startsWith("@"))
      .flatMap((entry) => pageRoutes(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? route : `${route}/${entry.name}`)),
  ];
}

// Values for dynamic segments, by "parent/[param]" (or "[param]" anywhere);
// made on first use. A page with a segment not listed here fails the test: add it.
type Fill = (api: () => Promise<APIRequestContext>) => Promise<string>;
let team: Promise<{ id: string; token: string; pathId: string }> | undefined;
const learnersTeam = (api: () => Promise<APIRequestContext>) =>
  (team ??= (async () => {
    const context = await api();
    const made = await context.post("/api/teams", { data: { name: "CSP test team" } });
    expect(made.status()).toBe(201);
    const { id } = (await made.json()) as { id: string };
    const invite = await context.post(`/api/teams/${id}/invites`, { data: {} });
    expect(invite.status()).toBe(201);
    const { token } = (await invite.json()) as { token: string };
    const learningPath = await context.post(`/api/teams/${id}/paths`, { data: { title: "CSP path", items: [{ topic: TOPIC }] } });
    expect(learningPath.status()).toBe(201);
    const { id: pathId } = (await learningPath.json()) as { id: string };
    return { id, token, pathId };
  })());
const FILL: Record<string, Fill> = {
  "tracks/[slug]": async () => TRACK,
  "topics/[slug]": async () => TOPIC,
  // A topic the shared learner has not finished: the review page answers its
  // not-found page (per request, nonce policy) without changing their progress.
  "review/[slug]": async () => TOPIC,
  "[teamId]": async (api) => (await learnersTeam(api)).id,
  "[token]": async (api) => (await learnersTeam(api)).token,
  "[pathId]": async (api) => (await learnersTeam(api)).pathId,
};

async function concrete(route: string, api: () => Promise<APIRequestContext>): Promise<string> {
  const segments = route.split("/");
  const out: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (!segment.startsWith("[")) {
      out.push(segment);
      continue;
    }
    const fill = FILL[`${segments[index - 1]}/${segment}`] ?? FILL[segment];
    if (!fill) throw new Error(`csp.spec.ts: no value for ${segment} in ${route}; add one to FILL`);
    out.push(await fill(api));
  }
  return out.join("/") || "/";
}

const ROUTES = pageRoutes();
const VISITORS: { name: string; storageState: string | undefined }[] = [
  { name: "anonymous", storageState: undefined },
  { name: "a learner", storageState: LEARNER_STATE },
  { name: "the admin", storageState: ADMIN_STATE },
];

test("the route list is read from app/", () => {
  expect(ROUTES).toEqual(expect.arrayContaining(["/", "/tracks/[slug]", "/topics/[slug]", "/admin", "/settings", "/signin"]));
});

for (const visitor of VISITORS) {
  test.describe(`as ${visitor.name}`, () => {
    test.use({ storageState: visitor.storageState });
    let api: APIRequestContext | undefined;
    const learnerApi = async () =>
      (api ??= await request.newContext({ baseURL: test.info().project.use.baseURL, storageState: LEARNER_STATE, extraHTTPHeaders: { origin: test.info().project.use.baseURL! } }));
    test.afterAll(async () => api?.dispose());

    for (const route of ROUTES) {
      test(`${route} runs its scripts with no CSP violation`, async ({ page }) => {
        const url = await concrete(route, learnerApi);
        const violations = await watchCsp(page);
        const response = await page.goto(url);
        expect(response?.status(), `${url} answers`).toBeLessThan(500);
        await expectHydrated(page);
        // The document the browser ended on (after any redirect) allows exactly its own scripts.
        const kind = expectPolicyCoversScripts(await response!.headerValue("content-security-policy") ?? undefined, await response!.text());
        test.info().annotations.push({ type: "policy", description: `${page.url()}: ${kind}` });
        expect(await violations()).toEqual([]);
      });
    }
  });
}

test.describe("client code that needs more than the page's own scripts", () => {
  test("client-side validation (zod) runs without eval", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/signin");
    await expectHydrated(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your password")).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test.describe("signed in", () => {
    test.use({ storageState: LEARNER_STATE });
    test("a dialog opens (Radix inserts a <style> to lock scrolling)", async ({ page }) => {
      const violations = await watchCsp(page);
      await page.goto(`/tracks/${TRACK}`);
      await page.getByRole("button", { name: "Reset track progress" }).click();
      await expect(page.getByRole("alertdialog")).toBeVisible();
      await page.getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("alertdialog")).toBeHidden();
      expect(await violations()).toEqual([]);
    });
  });
});

test.describe("headers on every response", () => {
  const common = (headers: Record<string, string>) => {
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("base-uri 'none'");
    // Served over plain HTTP here: no HSTS (the server adds it behind HTTPS).
    expect(headers["strict-transport-security"]).toBeUndefined();
  };

  test("a page, an API response, an API error and a static asset", async ({ request: http }) => {
    const page = await http.get(`/tracks/${TRACK}`);
    common(page.headers());
    expectPolicyCoversScripts(page.headers()["content-security-policy"], await page.text());
    const asset = (await page.text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)![1]!;

    for (const response of [await http.get("/api/tracks"), await http.get("/api/me"), await http.get(asset)]) {
      common(response.headers());
      expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    }
    expect((await http.get("/api/me")).status()).toBe(401);
  });

  test("two loads of a per-request page never share a nonce", async ({ playwright, baseURL }) => {
    const http = await playwright.request.newContext({ baseURL, storageState: LEARNER_STATE });
    const nonces = [];
    for (let n = 0; n < 2; n++) {
      const response = await http.get("/settings");
      expect(response.status()).toBe(200);
      const policy = response.headers()["content-security-policy"]!;
      nonces.push(policy.match(/'nonce-([^']+)'/)?.[1]);
    }
    await http.dispose();
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
