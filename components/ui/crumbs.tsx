import Link from "@/components/ui/link";

/** One step of a breadcrumb: a page above this one (with its href), or this page itself (no href). */
export type Crumb = { label: string; href?: string };

/**
 * The breadcrumb above a page's heading: an ordered list of links separated
 * by a slash that screen readers skip; a step without an href is the current
 * page (aria-current="page").
 */
export function Crumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, index) => (
          <li key={`${index}-${item.label}`} aria-current={item.href ? undefined : "page"}>
            {item.href ? (
              <Link href={item.href} className="hover:underline">
                {item.label}
              </Link>
            ) : (
              item.label
            )}
            {index < items.length - 1 && <span aria-hidden="true"> / </span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
