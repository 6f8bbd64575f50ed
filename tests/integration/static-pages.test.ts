// The static catalog pages and what keeps them fresh: the content version in
// PostgreSQL, read at most every 2 s per instance; a move (made by this
// instance or another) drops the cached catalog data and revalidates the
// pages from the next route handler. And the topic page loads its topic once
// for generateMetadata and the page together.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { db, dbPool } = await import("@/lib/db");
const { contentChanged } = await import("@/lib/catalog/content-changed");
const { CHECK_EVERY_MS, contentVersion, pagesWaitForRevalidation, resetContentVersionForTests, revalidateIfContentMoved } = await import("@/lib/catalog/version");
const { cachedTracks } = await import("@/lib/catalog/cache");
const { getTopic } = await import("@/lib/catalog/data");
const { statementCounter } = await import("@/tests/support/statements");

/** Another instance's edit: the row moves without this process knowing. */
const bumpElsewhere = () => db.$executeRaw`UPDATE content_version SET version = version + 1 WHERE id = 1`;

beforeEach(() => {
  resetContentVersionForTests();
  revalidatePath.mockClear();
});
afterEach(() => vi.useRealTimers());

describe("content version", () => {
  it("contentChanged moves the version in the database", async () => {
    const before = await db.contentVersion.findUniqueOrThrow({ where: { id: 1 } });
    await contentChanged();
    const after = await db.contentVersion.findUniqueOrThrow({ where: { id: 1 } });
    expect(after.version).toBeGreaterThan(before.version);
  });

  it("is read at most every 2 s, and a move made elsewhere is seen after that", async () => {
    const t0 = Date.now();
    const first = await contentVersion(t0);
    await bumpElsewhere();
    expect(await contentVersion(t0 + CHECK_EVERY_MS - 1)).toBe(first);
    expect(await contentVersion(t0 + CHECK_EVERY_MS)).toBeGreaterThan(first);
  });

  it("revalidates every page from a route handler once per move, not on every request", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await revalidateIfContentMoved(); // the first reading: the build's pages may be older
    expect(revalidatePath).toHaveBeenCalledExactlyOnceWith("/", "layout");
    await revalidateIfContentMoved();
    vi.setSystemTime(Date.now() + CHECK_EVERY_MS);
    await revalidateIfContentMoved();
    expect(revalidatePath).toHaveBeenCalledTimes(1);

    await bumpElsewhere();
    vi.setSystemTime(Date.now() + CHECK_EVERY_MS);
    await revalidateIfContentMoved();
    expect(revalidatePath).toHaveBeenCalledTimes(2);
    expect(pagesWaitForRevalidation()).toBe(false);
  });

  it("outside a request (the seed), the pages wait for the next route handler", async () => {
    revalidatePath.mockImplementationOnce(() => {
      throw new Error("Invariant: static generation store missing");
    });
    await contentVersion();
    await contentChanged();
    expect(pagesWaitForRevalidation()).toBe(true);
    await revalidateIfContentMoved();
    expect(pagesWaitForRevalidation()).toBe(false);
  });

  it("cached catalog data is read once per version", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const counter = statementCounter(dbPool);
    try {
      const cold = await counter.during(() => cachedTracks());
      const warm = await counter.during(() => cachedTracks());
      expect(cold.statements.length).toBeGreaterThan(0);
      expect(warm.statements).toEqual([]);
      await contentChanged();
      const moved = await counter.during(() => cachedTracks());
      expect(moved.statements).toEqual(cold.statements);
    } finally {
      counter.restore();
    }
  });
});

describe("topic page", () => {
  it("generateMetadata and the page load the topic once, not once each", async () => {
    const page = await import("@/app/topics/[slug]/page");
    const params = () => Promise.resolve({ slug: "quantization" });
    const counter = statementCounter(dbPool);
    try {
      const oneLoad = await counter.during(() => getTopic("quantization"));
      await contentVersion(); // the cache's version check runs on its own connection, not counted here
      const render = await counter.during(async () => {
        const metadata = await page.generateMetadata({ params: params() });
        await page.default({ params: params() });
        return metadata;
      });
      expect(render.result.title).toBe(oneLoad.result!.title);
      // One load of the topic, plus the one query of the links reported broken.
      expect(render.statements.length).toBe(oneLoad.statements.length + 1);
    } finally {
      counter.restore();
    }
  });
});
