// `npm run worker`: works the job queue (link health runs, the daily schedule)
// without serving the app, so workers can scale apart from web instances. For
// PostgreSQL (DATABASE_URL): the embedded PGlite serves one connection at a
// time, so there the worker runs inside `npm start` instead. Stops cleanly on
// SIGTERM/SIGINT.
import { disconnectDb } from "@/lib/db";
import { superviseWorker } from "@/lib/jobs/supervise";

if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the app's PostgreSQL database (the embedded database runs its worker inside `npm start`).");
  process.exit(1);
}
superviseWorker({ name: "standalone", onExit: disconnectDb });
