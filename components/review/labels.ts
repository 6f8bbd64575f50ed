import { RESOURCE_KINDS } from "@/lib/catalog/schema";
import type { MySubmissionDto, ReportReason } from "@/lib/review/schema";

export const REASON_LABELS: Record<ReportReason, string> = {
  BROKEN: "The link is broken",
  WRONG_LINK: "The link goes to the wrong page",
  OUTDATED: "It is outdated",
  OTHER: "Something else",
};

const kindLabel = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase();
export const KIND_OPTIONS = RESOURCE_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }));

/** What happened to a submission, as its author reads it: "Waiting for review", "Resolved", "Rejected: …". */
export function outcomeText(submission: Pick<MySubmissionDto, "type" | "status" | "decisionReason">): string {
  if (submission.status === "OPEN") return "Waiting for review";
  if (submission.status === "REJECTED") return `Rejected: ${submission.decisionReason ?? "no reason given"}`;
  return submission.type === "REPORT" ? "Resolved" : "Accepted: added to the topic";
}
