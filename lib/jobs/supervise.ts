import "server-only";
import { stopBoss } from "@/lib/jobs/boss";
import { onShutdown, serverOwnsShutdown } from "@/lib/lifecycle";
import { logger } from "@/lib/log";

const log = logger.child({ component: "jobs" });
import { startWorker, type Worker } from "@/lib/jobs/worker";

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs the job worker for the life of this process: starts it (retrying with
 * backoff while the database is unreachable, without holding up the caller),
 * and on SIGTERM or SIGINT stops it cleanly (the running check is aborted and
 * its job retried later, pg-boss stops gracefully), runs `onExit`, then exits
 * with the signal's conventional code — except inside scripts/server.ts, where
 * it is a shutdown hook run after the server drained (the server exits 0).
 * Used by instrumentation.ts (the worker inside `npm start` and the cluster)
 * and scripts/worker.ts (`npm run worker`).
 */
export function superviseWorker({ name, onExit }: { name: string; onExit?: () => Promise<void> }) {
  const shutdown = new AbortController();
  let worker: Worker | undefined;

  const started = (async () => {
    for (let attempt = 1; !shutdown.signal.aborted; attempt++) {
      try {
        worker = await startWorker();
        log.info(`${name} worker started`);
        return;
      } catch (error) {
        const wait = Math.min(30_000, 1_000 * 2 ** attempt);
        log.warn(`could not start the ${name} worker (${(error as Error).message}); trying again in ${wait / 1000} s`);
        await stopBoss({ graceful: false }).catch(() => undefined);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          shutdown.signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
        });
      }
    }
  })();

  const stopWorker = async (reason: string) => {
    if (shutdown.signal.aborted) return; // signals often arrive twice (shell and parent)
    shutdown.abort();
    log.info(`${reason}: stopping the ${name} worker`);
    await started;
    await worker?.stop().catch((error: unknown) => log.warn(`stop: ${(error as Error).message}`));
    await onExit?.().catch(() => undefined);
  };
  // Inside scripts/server.ts the server owns the signals: it drains requests,
  // then runs this hook (before the pool's), then exits 0 itself.
  if (serverOwnsShutdown()) {
    onShutdown(`jobs:${name}`, () => stopWorker("shutdown"), 10);
    return { started };
  }
  const stop = async (signal: keyof typeof SIGNAL_EXIT_CODES) => {
    await stopWorker(signal);
    process.exit(SIGNAL_EXIT_CODES[signal]);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  return { started };
}
