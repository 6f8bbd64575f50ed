import "server-only";
import type { JobWithMetadata } from "pg-boss";
import { jobsEnv } from "@/lib/env";
import { getBoss, stopBoss } from "@/lib/jobs/boss";
import { QUEUES, type LinkCheckJob } from "@/lib/jobs/queues";
import { createLinkChecker, type CheckerOptions } from "@/lib/links/checker";
import { parseAllowlist } from "@/lib/links/guard";
import { failRun, requestLinkCheck } from "@/lib/links/mutations";
import { runLinkCheck } from "@/lib/links/run";

export type WorkerOptions = {
  /** How often each queue is polled for jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Overrides of the checker's settings (tests shorten timeouts and backoff). */
  checker?: Partial<CheckerOptions>;
  /** Register the daily schedule (default true). */
  schedule?: boolean;
};

export type Worker = { stop: () => Promise<void> };

/** What a failed job left as its output, for the run's `error` column. */
function failureMessage(output: unknown): string {
  const message = (output as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : "The link check failed after every retry";
}

/**
 * Works the job queue in this process: link-check runs, the dead-letter queue
 * that marks a run FAILED once its retries are spent, and the daily schedule
 * (LINK_CHECK_CRON, UTC) that asks for a run. `stop()` aborts a running check
 * at once (its job is retried later and resumes) and stops pg-boss gracefully.
 */
export async function startWorker(options: WorkerOptions = {}): Promise<Worker> {
  const boss = await getBoss();
  const stopping = new AbortController();
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  const checkerOptions: Partial<CheckerOptions> = {
    timeoutMs: jobsEnv.LINK_CHECK_TIMEOUT_SECONDS * 1000,
    allow: parseAllowlist(jobsEnv.LINK_CHECK_ALLOW),
    ...options.checker,
  };

  await boss.work<LinkCheckJob>(QUEUES.linkCheck.name, polling, async ([job]) => {
    // A new checker per run: its per-host limits span exactly this run.
    const checker = createLinkChecker(checkerOptions);
    await runLinkCheck(job!.data.runId, { checker, signal: AbortSignal.any([job!.signal, stopping.signal]) });
  });
  await boss.work(QUEUES.linkCheckFailed.name, { ...polling, includeMetadata: true }, async ([job]: JobWithMetadata<LinkCheckJob>[]) => {
    await failRun(job!.data.runId, failureMessage(job!.sourceOutput ?? job!.output));
  });
  await boss.work(QUEUES.linkCheckSchedule.name, polling, async () => {
    await requestLinkCheck({ trigger: "schedule" });
  });
  if (options.schedule !== false) {
    await boss.schedule(QUEUES.linkCheckSchedule.name, jobsEnv.LINK_CHECK_CRON, null, { tz: "UTC" });
  }
  return {
    stop: async () => {
      stopping.abort(new Error("the worker is stopping"));
      await stopBoss({ graceful: true });
    },
  };
}
