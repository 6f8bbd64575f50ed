import { readFileSync, writeFileSync } from "node:fs";
const team = JSON.parse(readFileSync("/tmp/tu-prof/team.json", "utf8"));
async function main() {
  const { teamProgressSql } = await import("@/lib/teams/progress-sql");
  const sql = teamProgressSql({ teamId: team.teamId, pathId: team.pathId, viewerId: team.learnerId, everyone: true });
  let k = 0; const text = sql.sql.replace(/\?/g, () => { const v = sql.values[k++]; return typeof v === "boolean" ? String(v) : `'${v}'`; });
  writeFileSync("/tmp/tu-prof/q.sql", "EXPLAIN (ANALYZE, BUFFERS) " + text + ";");
}
main();
