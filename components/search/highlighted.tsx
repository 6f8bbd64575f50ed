import type { HighlightRange } from "@/lib/search/schema";

/**
 * Text with its matches in <mark>: the ranges come from the search API and
 * the text is rendered as React text nodes, never as HTML.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700 dark:text-slate-50">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** "Topic", "Key point", "Resource". */
export const SEARCH_TYPE_LABEL = { topic: "Topic", keyPoint: "Key point", resource: "Resource" } as const;
