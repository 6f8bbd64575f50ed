import "server-only";
import type { LinkChecker } from "@/lib/links/checker";
import { listUrlsToCheck } from "@/lib/links/data";
import { forEachConcurrent, interleaveByHost } from "@/lib/links/limits";
import { checkedUrls, claimRun, finishRun, recordCheck, setRunProgress } from "@/lib/links/mutations";

/** Checks in flight at once over the whole run (each host also has its own, smaller limit). */
export const RUN_CONCURRENCY = 16;

/**
 * Works one run: every distinct http(s) URL of live content is checked once
 * and its result stored as it arrives (so progress shows, and a retried job
 * resumes after the URLs already done). Throws when `signal` aborts (the
 * worker is stopping, or lost its claim on the job): the job is then retried.
 */
export async function runLinkCheck(
  runId: string,
  { checker, signal, concurrency = RUN_CONCURRENCY }: { checker: LinkChecker; signal?: AbortSignal; concurrency?: number },
): Promise<"done" | "skipped"> {
  if (!(await claimRun(runId))) return "skipped";
  const urls = await listUrlsToCheck();
  const done = await checkedUrls(runId);
  const todo = urls.filter((url) => !done.has(url));
  await setRunProgress(runId, { total: urls.length, checked: urls.length - todo.length });

  const interrupted = () => new Error(`Link check interrupted: ${(signal?.reason as Error | undefined)?.message ?? "aborted"}`);
  try {
    await forEachConcurrent(
      interleaveByHost(todo),
      concurrency,
      async (url) => recordCheck(runId, await checker.check(url, signal)),
      signal,
    );
  } catch (error) {
    throw signal?.aborted ? interrupted() : error;
  }
  if (signal?.aborted) throw interrupted();
  await finishRun(runId);
  return "done";
}
