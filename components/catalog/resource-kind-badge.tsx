import type { ResourceKind } from "@/lib/catalog/schema";

/** What each kind is called on the page. */
export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  VIDEO: "Video",
  ARTICLE: "Article",
  COURSE: "Course",
  DOCUMENTATION: "Docs",
  REPOSITORY: "Repository",
  PAPER: "Paper",
  TOOL: "Tool",
  BOOK: "Book",
  WEBSITE: "Website",
};

/** A small label naming what a resource is. */
export function ResourceKindBadge({ kind }: { kind: ResourceKind }) {
  return (
    <span className="inline-flex items-center rounded-full border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 dark:border-slate-600 dark:text-slate-300">
      {RESOURCE_KIND_LABELS[kind]}
    </span>
  );
}
