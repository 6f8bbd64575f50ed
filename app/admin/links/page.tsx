import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { latestLinkCheckRun } from "@/lib/links/data";
import { listFlaggedLinks } from "@/lib/links/report";
import { LINK_FLAGS, linkFlagSchema } from "@/lib/links/schema";
import { CheckNow } from "@/components/links/check-now";
import { flagLabel } from "@/components/links/flag-badge";
import { LinkList } from "@/components/links/link-list";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Link health" };

type Props = { searchParams: Promise<{ flag?: string | string[] }> };

const filterClass = "rounded-full border px-3 py-1 text-sm font-medium";

/** /admin/links: every flagged link of the roadmap, filterable by flag, and "check now". The admin layout checks the role. */
export default async function LinkHealthPage({ searchParams }: Props) {
  const parsed = linkFlagSchema.safeParse((await searchParams).flag);
  const flag = parsed.success ? parsed.data : undefined;
  const [all, run] = await Promise.all([listFlaggedLinks(), latestLinkCheckRun()]);
  const items = flag ? all.filter((item) => item.flags.includes(flag)) : all;
  const filters = [
    { href: "/admin/links", label: "All flagged", count: all.length, current: !flag },
    ...LINK_FLAGS.map((f) => ({
      href: `/admin/links?flag=${f}`,
      label: flagLabel(f),
      count: all.filter((item) => item.flags.includes(f)).length,
      current: flag === f,
    })),
  ];
  return (
    <>
      <PageHeader
        title="Link health"
        lead="Every link of the roadmap is checked daily; broken, blocked, redirected, duplicate and suspicious ones are listed here."
      />
      <section aria-labelledby="run-heading" className="mb-8">
        <h2 id="run-heading" className="mb-2 text-xl font-semibold">
          Checks
        </h2>
        <CheckNow initialRun={run} />
      </section>
      <section aria-labelledby="flagged-heading">
        <h2 id="flagged-heading" className="mb-3 text-xl font-semibold">
          Flagged links
        </h2>
        <nav aria-label="Filter by flag" className="mb-4">
          <ul className="flex flex-wrap gap-2">
            {filters.map((filter) => (
              <li key={filter.href}>
                <Link
                  href={filter.href}
                  aria-current={filter.current ? "page" : undefined}
                  className={cn(
                    filterClass,
                    filter.current
                      ? "border-indigo-700 bg-indigo-700 text-white dark:border-indigo-300 dark:bg-indigo-300 dark:text-slate-950"
                      : "border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800",
                  )}
                >
                  {filter.label} ({filter.count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LinkList items={items} />
      </section>
    </>
  );
}
