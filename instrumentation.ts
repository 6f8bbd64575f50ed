// Next.js calls register() once when a server process starts. With
// JOBS_WORKER=inline (set by `npm start`) that process also works the job
// queue (link health). The worker then owns SIGTERM/SIGINT: the start script
// sets NEXT_MANUAL_SIG_HANDLE so Next does not exit before pg-boss has stopped.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jobsEnv } = await import("@/lib/env");
  if (jobsEnv.JOBS_WORKER !== "inline") return;
  const { superviseWorker } = await import("@/lib/jobs/supervise");
  superviseWorker({ name: "inline" });
}
