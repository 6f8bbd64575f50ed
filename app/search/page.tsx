import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getCurrentUser } from "@/lib/session";
import { searchCatalog } from "@/lib/search/data";
import { SEARCH_LIMIT_MAX, searchQuerySchema } from "@/lib/search/schema";
import { PageHeader } from "@/components/ui/page-header";
import { SearchResultList } from "@/components/search/search-results";

export const metadata: Metadata = { title: "Search" };

// GET /search?q= – the full results of a search (the header box's Enter)
export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : "";
  const parsed = searchQuerySchema.safeParse({ q });
  const user = await getCurrentUser();
  const items = parsed.success ? await searchCatalog({ query: parsed.data.q, limit: SEARCH_LIMIT_MAX, userId: user?.id ?? null }) : [];
  return (
    <>
      <PageHeader
        title={parsed.success ? `Results for “${parsed.data.q}”` : "Search"}
        lead={
          parsed.success
            ? `${items.length === SEARCH_LIMIT_MAX ? `The first ${SEARCH_LIMIT_MAX}` : items.length} ${items.length === 1 ? "match" : "matches"} in topics, key points and resources.`
            : (parsed.error.issues[0]?.message ?? "Type at least 2 characters to search.")
        }
      />
      <form action="/search" role="search" className="mb-6 flex max-w-xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        <button type="submit" className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950">
          Search
        </button>
      </form>
      {parsed.success && items.length === 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          Nothing matches. Try fewer or shorter words, or browse the <Link href="/tracks" className="text-indigo-700 underline dark:text-indigo-300">tracks</Link>.
        </p>
      )}
      <SearchResultList items={items} />
    </>
  );
}
