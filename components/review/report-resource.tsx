"use client";

import { useId, useState } from "react";
import dynamic from "next/dynamic";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { signInHref, useMe } from "@/components/layout/session";
import { FormLoading } from "@/components/review/form-loading";

// Loaded on first open: most visits never report anything.
const ReportForm = dynamic(() => import("@/components/review/report-form").then((m) => m.ReportForm), { loading: FormLoading });

/** "Report" under a resource: a small form (reason, detail) that goes to the review queue. */
export function ReportResource({ resourceId, title }: { resourceId: string; title: string }) {
  const visitor = useMe().data === null;
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const formId = useId();

  if (visitor) {
    // The same words in the same place: signing in comes first.
    return (
      <div>
        <Link href={signInHref(pathname)} className="text-sm text-slate-700 underline-offset-2 hover:underline dark:text-slate-300">
          Report a problem<span className="sr-only"> with “{title}” (sign in first)</span>
        </Link>
      </div>
    );
  }
  if (sent && !open) {
    return (
      <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        Thanks, your report was sent. Follow it in <Link href="/submissions" className="underline">My submissions</Link>.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
          className="text-sm text-slate-700 underline-offset-2 hover:underline dark:text-slate-300"
        >
          {open ? "Cancel report" : "Report a problem"}
          <span className="sr-only"> with “{title}”</span>
        </button>
      </div>
      {open && (
        <ReportForm
          id={formId}
          resourceId={resourceId}
          title={title}
          onSent={() => {
            setSent(true);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}
