"use client";

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

type Props = { id: string; resourceId: string; title: string; onSent: () => void };

/**
 * The report form itself (reason, detail), loaded the first time a learner
 * opens it (components/review/report-resource.tsx): react-hook-form and zod
 * stay out of the topic page's first load.
 */
export function ReportForm({ id, resourceId, title, onSent }: Props) {
  const { register, handleSubmit, formState } = useForm<CreateReportInput>({
    resolver: zodResolver(createReportSchema),
    defaultValues: { reason: "BROKEN", detail: "" },
  });
  const report = useMutation({
    mutationFn: (input: CreateReportInput) => sendJson("POST", `/api/resources/${resourceId}/reports`, input),
    onSuccess: onSent,
  });
  return (
    <form id={id} onSubmit={handleSubmit((values) => report.mutate(values))} noValidate className="flex max-w-lg flex-col gap-3" aria-label={`Report “${title}”`}>
      {report.error && <Alert tone="error">{report.error.message}</Alert>}
      <SelectField label="What is wrong?" options={REPORT_REASONS.map((value) => ({ value, label: REASON_LABELS[value] }))} error={formState.errors.reason?.message} {...register("reason")} />
      <TextArea label="Details (optional)" error={formState.errors.detail?.message} {...register("detail")} />
      <div>
        <Button type="submit" disabled={report.isPending}>
          {report.isPending ? "Sending…" : "Send report"}
        </Button>
      </div>
    </form>
  );
}
