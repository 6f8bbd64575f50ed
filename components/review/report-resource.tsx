"use client";

import { useId, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { createReportSchema, REPORT_REASONS, type CreateReportInput } from "@/lib/review/schema";
import { sendJson } from "@/components/progress/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { REASON_LABELS } from "@/components/review/labels";
import { signInHref, useMe } from "@/components/layout/session";

/** "Report" under a resource: a small form (reason, detail) that goes to the review queue. */
export function ReportResource({ resourceId, title }: { resourceId: string; title: string }) {
  const visitor = useMe().data === null;
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const formId = useId();
  const { register, handleSubmit, formState, reset } = useForm<CreateReportInput>({
    resolver: zodResolver(createReportSchema),
    defaultValues: { reason: "BROKEN", detail: "" },
  });
  const report = useMutation({
    mutationFn: (input: CreateReportInput) => sendJson("POST", `/api/resources/${resourceId}/reports`, input),
    onSuccess: () => {
      setOpen(false);
      reset();
    },
  });

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
  if (report.isSuccess && !open) {
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
        <form id={formId} onSubmit={handleSubmit((values) => report.mutate(values))} noValidate className="flex max-w-lg flex-col gap-3" aria-label={`Report “${title}”`}>
          {report.error && <Alert tone="error">{report.error.message}</Alert>}
          <SelectField label="What is wrong?" options={REPORT_REASONS.map((value) => ({ value, label: REASON_LABELS[value] }))} error={formState.errors.reason?.message} {...register("reason")} />
          <TextArea label="Details (optional)" error={formState.errors.detail?.message} {...register("detail")} />
          <div>
            <Button type="submit" disabled={report.isPending}>
              {report.isPending ? "Sending…" : "Send report"}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
