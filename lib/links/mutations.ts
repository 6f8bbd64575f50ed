import "server-only";
import { fromPrisma } from "pg-boss";
import { contentChanged } from "@/lib/catalog/content-changed";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/schema";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES, type LinkCheckJob } from "@/lib/jobs/queues";
import { runSelect, toRunDto } from "@/lib/links/data";
import type { LinkCheckResult, LinkCheckRunDto } from "@/lib/links/schema";

const LIVE_JOB_STATES = new Set(["created", "retry", "active"]);

/**
 * Asks for a link-check run. When a run is already QUEUED or RUNNING, that
 * run is the answer (`created: false`): two admins clicking "check now" at
 * once, or a click during the daily run, never start a second one. The run
 * row and its pg-boss job are written in ONE transaction (pg-boss sends
 * through the transaction's connection), so there is never a run without a
 * job or a job without a run. A QUEUED or RUNNING run whose job has left
 * the queue is closed as FAILED and replaced.
 */
export async function requestLinkCheck({ trigger, actor }: { trigger: "manual" | "schedule"; actor?: AuditActor }) {
  const boss = await getBoss();
  return db.$transaction(async (tx): Promise<{ run: LinkCheckRunDto; created: boolean }> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('waypoint:link-check-run'))`;
    const current = await tx.linkCheckRun.findFirst({
      where: { status: { in: ["QUEUED", "RUNNING"] } },
      orderBy: { createdAt: "asc" },
      select: runSelect,
    });
    if (current) {
      // Its job still exists (waiting, running or due for a retry): that run is the answer.
      const jobs = await boss.findJobs(QUEUES.linkCheck.name, { data: { runId: current.id }, db: fromPrisma(tx) });
      if (jobs.some((job) => LIVE_JOB_STATES.has(job.state))) return { run: toRunDto(current), created: false };
      // Its job is gone (deleted by hand, or past pg-boss's retention): close the run, or it would block every later one.
      await tx.linkCheckRun.update({
        where: { id: current.id },
        data: { status: "FAILED", error: "Its job left the queue unfinished; a new run replaced it", finishedAt: new Date() },
      });
    }
    const run = await tx.linkCheckRun.create({ data: { trigger, requestedById: actor?.id ?? null }, select: runSelect });
    const job: LinkCheckJob = { runId: run.id };
    const jobId = await boss.send(QUEUES.linkCheck.name, job, { db: fromPrisma(tx) });
    if (!jobId) throw new Error("The job queue refused the link-check job");
    if (actor) {
      await recordAudit(tx, actor, {
        action: "linkCheck.request",
        entity: { type: "linkCheck", id: run.id, label: "Link check run" },
        after: { status: run.status, trigger },
      });
    }
    return { run: toRunDto(run), created: true };
  });
}

/**
 * Takes a run for checking: QUEUED (or RUNNING, when a retried job resumes
 * it) becomes RUNNING, keeping the first start time. False when the run is
 * already DONE or FAILED, or gone: the job then has nothing to do.
 */
export async function claimRun(runId: string): Promise<boolean> {
  const claimed = await db.$executeRaw`
    UPDATE link_check_runs SET status = 'RUNNING', started_at = COALESCE(started_at, now())
     WHERE id = ${runId} AND status IN ('QUEUED', 'RUNNING')`;
  return claimed === 1;
}

/** The URLs this run already checked (an earlier attempt of its job got that far). */
export async function checkedUrls(runId: string): Promise<Set<string>> {
  const rows = await db.linkCheck.findMany({ where: { runId }, distinct: ["url"], select: { url: true } });
  return new Set(rows.map((row) => row.url));
}

/** Sets how many URLs the run covers and how many of them are already checked. */
export async function setRunProgress(runId: string, { total, checked }: { total: number; checked: number }) {
  await db.linkCheckRun.update({ where: { id: runId }, data: { total, checked } });
}

/** Stores one result in the run's history and counts it, together. */
export async function recordCheck(runId: string, result: LinkCheckResult) {
  await db.$transaction([
    db.linkCheck.create({
      data: {
        runId,
        url: result.url,
        outcome: result.outcome,
        httpStatus: result.httpStatus,
        finalUrl: result.finalUrl,
        redirects: result.redirects,
        error: result.error?.slice(0, 1000) ?? null,
        ms: result.ms,
        checkedAt: result.checkedAt,
      },
    }),
    db.linkCheckRun.update({ where: { id: runId }, data: { checked: { increment: 1 } } }),
  ]);
}

/** RUNNING → DONE; the topic pages mark links reported broken, so they are regenerated. */
export async function finishRun(runId: string) {
  const { count } = await db.linkCheckRun.updateMany({ where: { id: runId, status: "RUNNING" }, data: { status: "DONE", finishedAt: new Date() } });
  if (count > 0) await contentChanged();
}

/** QUEUED/RUNNING → FAILED with the reason (its job ran out of retries). */
export async function failRun(runId: string, error: string) {
  await db.linkCheckRun.updateMany({
    where: { id: runId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error: error.slice(0, 1000), finishedAt: new Date() },
  });
}
