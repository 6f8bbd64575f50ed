import type { AssignmentState } from "@/lib/teams/schema";
import { cn } from "@/components/ui/cn";
import { STATE_BADGE, STATE_LABEL } from "@/components/teams/labels";

/** An assignment's state as a coloured word. */
export function StateBadge({ state }: { state: AssignmentState | null }) {
  if (!state) return <span className="text-sm text-slate-600 dark:text-slate-400">Not assigned</span>;
  return <span className={cn("inline-block rounded-full px-2 py-0.5 text-xs font-semibold", STATE_BADGE[state])}>{STATE_LABEL[state]}</span>;
}
