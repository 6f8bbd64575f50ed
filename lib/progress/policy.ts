import type { TopicStatus } from "@/lib/progress/schema";

/**
 * THE roll-up rule: how ticking a resource moves its topic's status.
 * - A tick on a NOT_STARTED or SKIPPED topic makes it IN_PROGRESS.
 * - A tick that completes every resource of the topic makes it DONE.
 * - Unticking a resource of a DONE topic makes it IN_PROGRESS again.
 * - Anything else leaves the status as the learner set it.
 */
export function statusAfterResourceChange(
  current: TopicStatus,
  change: { done: boolean; doneCount: number; total: number },
): TopicStatus {
  if (change.done) {
    if (change.total > 0 && change.doneCount >= change.total) return "DONE";
    return current === "NOT_STARTED" || current === "SKIPPED" ? "IN_PROGRESS" : current;
  }
  return current === "DONE" ? "IN_PROGRESS" : current;
}

/** Whether moving a topic to `status` counts as a day of study (resetting or skipping does not). */
export function isStudyStatus(status: TopicStatus): boolean {
  return status === "IN_PROGRESS" || status === "DONE";
}

/** Whole-number percentage, 0 when there is nothing to do. */
export function percent(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((done / total) * 100);
}
