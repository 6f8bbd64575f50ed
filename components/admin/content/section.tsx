import type { ReactNode } from "react";
import { CARD } from "@/components/ui/card";

/** A titled block of the editor; `id` names the heading the section is labelled by. */
export function EditorSection({ id, title, lead, children }: { id: string; title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${CARD} flex flex-col gap-4`}>
      <div className="flex flex-col gap-1">
        <h2 id={id} className="text-xl font-semibold text-slate-900 dark:text-slate-50">
          {title}
        </h2>
        {lead && <p className="text-sm text-slate-700 dark:text-slate-300">{lead}</p>}
      </div>
      {children}
    </section>
  );
}

/** Archived rows, listed apart with their restore buttons (nothing when there are none). */
export function ArchivedList({ label, children, count }: { label: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</h3>
      <ul className="flex flex-col gap-2">{children}</ul>
    </div>
  );
}
