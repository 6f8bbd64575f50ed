import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { listMySubmissions } from "@/lib/review/data";
import { formatInstant } from "@/components/links/format";
import { outcomeText, REASON_LABELS } from "@/components/review/labels";
import { CARD } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "My submissions" };

const TONES = {
  OPEN: "text-slate-800 dark:text-slate-200",
  APPROVED: "text-emerald-800 dark:text-emerald-300",
  REJECTED: "text-red-800 dark:text-red-300",
} as const;

/** /submissions: the learner's suggestions and reports, and what became of each. */
export default async function SubmissionsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/submissions");
  const submissions = await listMySubmissions(user.id);
  return (
    <>
      <PageHeader
        title="My submissions"
        lead="Resources you suggested and problems you reported, with what the editors decided."
        crumbs={[{ label: "Settings", href: "/settings" }]}
      />
      {submissions.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          Nothing yet. On any topic page you can suggest a resource or report a problem with one.
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Your submissions">
          {submissions.map((submission) => (
            <li key={submission.id} className={cn(CARD, "flex flex-col gap-1")} data-testid="submission">
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {submission.type === "REPORT" ? "Report" : "Suggestion"} · {formatInstant(submission.createdAt)} ·{" "}
                <Link href={`/topics/${submission.topic.slug}`} className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
                  {submission.topic.title}
                </Link>
              </p>
              <h2 className="font-semibold text-slate-900 dark:text-slate-50">{submission.title ?? "A resource"}</h2>
              {submission.reason && <p className="text-sm text-slate-700 dark:text-slate-300">{REASON_LABELS[submission.reason]}</p>}
              <p className={cn("text-sm font-medium", TONES[submission.status])}>{outcomeText(submission)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
