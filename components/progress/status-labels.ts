import type { TopicStatus } from "@/lib/progress/schema";

/** Words and keyboard shortcuts for each status (roadmap.sh's D / L / S / R). */
export const STATUS_OPTIONS: { status: TopicStatus; label: string; key: string }[] = [
  { status: "NOT_STARTED", label: "Not started", key: "R" },
  { status: "IN_PROGRESS", label: "In progress", key: "L" },
  { status: "DONE", label: "Done", key: "D" },
  { status: "SKIPPED", label: "Skipped", key: "S" },
];

export const STATUS_LABEL = Object.fromEntries(STATUS_OPTIONS.map((o) => [o.status, o.label])) as Record<TopicStatus, string>;
