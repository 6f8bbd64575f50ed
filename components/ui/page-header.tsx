import type { ReactNode } from "react";
import { Crumbs, type Crumb } from "@/components/ui/crumbs";

/** The heading block at the top of a page: optional breadcrumb, h1, lead text. */
export function PageHeader({ title, lead, crumbs }: { title: string; lead?: ReactNode; crumbs?: readonly Crumb[] }) {
  return (
    <header className="mb-8 flex flex-col gap-2">
      {crumbs && <Crumbs items={crumbs} />}
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-slate-50">{title}</h1>
      {lead && <div className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">{lead}</div>}
    </header>
  );
}
