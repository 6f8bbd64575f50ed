// The "plain pg" baseline: a bare node:http server that answers the dashboard
// with exactly the SQL the app issues (the session-user lookup and the
// statement of lib/progress/queries.ts) through node-postgres, and the same
// pure post-processing. What it lacks is the framework: Next, Prisma, Auth.js.
import http from "node:http";
import pg from "pg";
import { PreparingClient } from "@/lib/db-statement-cache";
import { buildDashboard } from "@/lib/progress/dashboard";
import { dashboardSql, type DashboardRow } from "@/lib/progress/queries";
import { sessionUserSql } from "@/lib/session-sql";

const port = Number(process.env.PORT ?? 3201);
const userId = process.env.BENCH_USER_ID!;
// The same pool size and statement cache as the app (a fair baseline prepares its statements too).
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  ...(process.env.DATABASE_PREPARED_STATEMENTS === "false" ? {} : { Client: PreparingClient }),
});
pool.on("error", () => undefined);

// A session of its own for the bench learner, looked up per request like the app's.
const sessionId = `bench-baseline-${process.pid}`;
const ready = pool.query("INSERT INTO user_sessions (id, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')", [sessionId, userId]);

async function dashboard() {
  await ready;
  const session = sessionUserSql({ sessionId, userId });
  const [user] = (await pool.query(session.text, session.values)).rows as { id: string; timeZone: string }[];
  const sql = dashboardSql(user!.id, user!.timeZone);
  const [row] = (await pool.query(sql.text, sql.values)).rows as DashboardRow[];
  return buildDashboard(row!, user!.timeZone, new Date());
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
