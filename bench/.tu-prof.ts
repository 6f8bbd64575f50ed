import { readFileSync } from "node:fs";
const team = JSON.parse(readFileSync("/tmp/tu-prof/team.json", "utf8"));
async function main() {
  const { db, disconnectDb } = await import("@/lib/db");
  const { getTeamProgress } = await import("@/lib/teams/progress");
  const { teamProgressSql } = await import("@/lib/teams/progress-sql");
  const access = { teamId: team.teamId, userId: team.learnerId, role: "LEAD" as const, teamName: "x", membersSeeProgress: false };
  const sql = teamProgressSql({ teamId: team.teamId, pathId: team.pathId, viewerId: team.learnerId, everyone: true });
  for (let i = 0; i < 3; i++) await getTeamProgress(access, team.pathId);
  const N = 30;
  let t = performance.now();
  for (let i = 0; i < N; i++) await db.$queryRaw(sql);
  const q = (performance.now() - t) / N;
  t = performance.now();
  let out;
  for (let i = 0; i < N; i++) out = await getTeamProgress(access, team.pathId);
  const full = (performance.now() - t) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) JSON.stringify(out);
  const ser = (performance.now() - t) / N;
  console.log({ queryMs: q.toFixed(1), fullMs: full.toFixed(1), jsonMs: ser.toFixed(2), bytes: JSON.stringify(out).length });
  const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>("EXPLAIN (ANALYZE, BUFFERS) " + sql.sql.replace(/\$(\d+)/g, (_, n) => { const v = sql.values[Number(n) - 1]; return typeof v === "boolean" ? String(v) : `'${v}'`; }));
  console.log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
  await disconnectDb();
}
main();
