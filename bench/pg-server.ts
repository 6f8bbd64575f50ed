// The "plain pg" baseline: a bare node:http server that answers the dashboard
// with exactly the SQL the app issues (the session-user lookup and the three
// statements of lib/progress/queries.ts) through node-postgres, and the same
// pure post-processing. What it lacks is the framework: Next, Prisma, Auth.js.
import http from "node:http";
import pg from "pg";
import { activityWindow, computeStreaks, localDate } from "@/lib/progress/activity";
import { percent } from "@/lib/progress/policy";
import { activityDaysSql, topicPicksSql, trackProgressSql, type TrackProgressRow } from "@/lib/progress/queries";

const port = Number(process.env.PORT ?? 3201);
const userId = process.env.BENCH_USER_ID!;
// The same pool size as the app (DATABASE_POOL_MAX, 10 by default).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
pool.on("error", () => undefined);

const run = (sql: { text: string; values: unknown[] }) => pool.query(sql.text, sql.values).then((r) => r.rows);

async function dashboard() {
  const [user] = await pool
    .query("SELECT id, email, name, role, time_zone FROM users WHERE id = $1 AND sessions_valid_after <= $2 LIMIT 1", [userId, new Date()])
    .then((r) => r.rows);
  const [tracks, picks, days] = await Promise.all([
    run(trackProgressSql(user.id)) as Promise<TrackProgressRow[]>,
    run(topicPicksSql(user.id)),
    run(activityDaysSql(user.id, user.time_zone)),
  ]);
  const today = localDate(new Date(), user.time_zone);
  const done = tracks.reduce((sum, t) => sum + t.done, 0);
  const total = tracks.reduce((sum, t) => sum + t.total, 0);
  return {
    overall: { done, total, percent: percent(done, total) },
    tracks: tracks.map((t) => ({ ...t, percent: percent(t.done, t.total) })),
    continue: picks.find((p) => p.kind === "continue") ?? null,
    nextUp: picks.find((p) => p.kind === "nextUp") ?? null,
    streak: computeStreaks(days.map((d) => d.day), today),
    activity: activityWindow(new Map(days.map((d) => [d.day, d.count])), today),
  };
}

http
  .createServer((_, res) => {
    dashboard().then(
      (body) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      },
      (error: Error) => {
        res.writeHead(500);
        res.end(error.message);
      },
    );
  })
  .listen(port, "127.0.0.1", () => process.stdout.write(`ready ${port}\n`));
