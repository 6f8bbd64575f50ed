// Next.js calls register() once when a server process starts. With
// JOBS_WORKER=inline (set by `npm start` and `npm run cluster`) that process
// also works the job queue (link health). Inside scripts/server.ts the server
// owns SIGTERM/SIGINT and stops the worker as a shutdown hook after draining;
// NEXT_MANUAL_SIG_HANDLE keeps Next from exiting before pg-boss has stopped.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { jobsEnv } = await import("@/lib/env");
  if (jobsEnv.JOBS_WORKER !== "inline") return;
  const { superviseWorker } = await import("@/lib/jobs/supervise");
  superviseWorker({ name: "inline" });
}
