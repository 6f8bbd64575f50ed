import type { ReactNode } from "react";

/** The centred panel that holds the sign-in and sign-up forms. */
export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900 sm:p-8">
      <h1 className="text-2xl font-bold text-slate-900 dark:text-slate-50">{title}</h1>
      {children}
      <p className="text-sm text-slate-700 dark:text-slate-300">{footer}</p>
    </div>
  );
}
