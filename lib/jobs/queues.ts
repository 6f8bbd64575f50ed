import type { Queue } from "pg-boss";

/** A run's job carries only the run's id: the run row (link_check_runs) is the source of truth. */
export type LinkCheckJob = { runId: string };

// Listed in creation order: a dead-letter queue must exist before the queue that names it.
export const QUEUES = {
  /** Jobs whose retries ran out land here; its worker marks their run FAILED. */
  linkCheckFailed: {
    name: "link-check-failed",
    options: { retryLimit: 5, retryDelay: 10, retryBackoff: true },
  },
  /**
   * One job per link-check run. `singleton`: at most ONE job of the queue is
   * active at a time, across every instance (a unique index on active jobs),
   * however many are queued; POST /api/admin/link-checks also never queues a
   * second run while one is QUEUED or RUNNING. A failed attempt (a crash, a
   * lost database) is retried with exponential backoff and resumes where it
   * stopped; the heartbeat lets another instance take over within a minute
   * of a worker dying.
   */
  linkCheck: {
    name: "link-check",
    options: {
      policy: "singleton",
      retryLimit: 3,
      retryDelay: 30,
      retryBackoff: true,
      retryDelayMax: 600,
      expireInSeconds: 3 * 60 * 60,
      heartbeatSeconds: 60,
      deadLetter: "link-check-failed",
    },
  },
  /** The daily schedule's tick: it asks for a run the way an admin's "check now" does. */
  linkCheckSchedule: {
    name: "link-check-schedule",
    options: { policy: "singleton", retryLimit: 3, retryDelay: 60, retryBackoff: true },
  },
} as const satisfies Record<string, { name: string; options: Omit<Queue, "name"> }>;
