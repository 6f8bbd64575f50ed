import type { LinkFlag } from "@/lib/links/schema";
import { cn } from "@/components/ui/cn";

const STYLES: Record<LinkFlag, { label: string; className: string }> = {
  BROKEN: { label: "Broken", className: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300" },
  BLOCKED: { label: "Blocked", className: "border-purple-700 text-purple-800 dark:border-purple-400 dark:text-purple-300" },
  SUSPICIOUS: { label: "Suspicious", className: "border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-300" },
  REDIRECTED: { label: "Redirected", className: "border-sky-700 text-sky-900 dark:border-sky-400 dark:text-sky-300" },
  DUPLICATE: { label: "Duplicate", className: "border-slate-600 text-slate-800 dark:border-slate-400 dark:text-slate-200" },
};

/** A URL's flag, in words (colour only repeats them). */
export function FlagBadge({ flag }: { flag: LinkFlag }) {
  const { label, className } = STYLES[flag];
  return <span className={cn("inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold", className)}>{label}</span>;
}

export const flagLabel = (flag: LinkFlag) => STYLES[flag].label;
