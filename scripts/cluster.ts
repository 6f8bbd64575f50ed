// `npm run cluster`: INSTANCES (default 2) instances of the built app on
// loopback ports behind nginx, which listens on PORT (default 3000), all on
// DATABASE_URL's PostgreSQL. Applies migrations and the idempotent seed and
// builds when needed first. Every instance also works the job queue (pg-boss
// runs each schedule once across them). Ctrl+C or SIGTERM stops nginx, then
// every instance (each drains, stops its worker, closes its pool), exit 0.
//
//   DATABASE_URL=postgresql://… INSTANCES=3 PORT=3000 npm run cluster
import { buildIfNeeded } from "./lib/build";
import { findNginx, removeNginxDir, startCluster, type Cluster } from "./lib/cluster";
import { migrateAndSeed } from "./lib/run";
import { authSecret } from "./lib/secrets";

const say = (message: string) => process.stderr.write(`[cluster] ${message}\n`);

function fail(message: string): never {
  say(message);
  process.exit(1);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    fail("Set DATABASE_URL to a PostgreSQL database: the instances share it (the embedded PGlite serves one process only).");
  }
  if (!findNginx()) fail("nginx is not installed: apt-get install nginx (or set NGINX_BIN).");
  const port = Number(process.env.PORT ?? 3000);
  const instances = Number(process.env.INSTANCES ?? 2);
  if (!Number.isInteger(instances) || instances < 1 || instances > 16) fail(`INSTANCES must be 1 to 16, not "${process.env.INSTANCES}"`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // Each instance works the queue too; the server owns SIGTERM and stops the worker before the pool.
    JOBS_WORKER: process.env.JOBS_WORKER ?? "inline",
    NEXT_MANUAL_SIG_HANDLE: "true",
  };
  await migrateAndSeed(databaseUrl, {});
  await buildIfNeeded(env);

  let cluster: Cluster | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping nginx, then the instances`);
    const exits = await cluster?.stop();
    if (cluster) removeNginxDir(cluster);
    const unclean = exits?.instances.filter((exit) => exit.code !== 0) ?? [];
    say(unclean.length ? `stopped; instance exits: ${JSON.stringify(exits?.instances)}` : "stopped");
    process.exit(unclean.length ? 1 : 0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  cluster = await startCluster({
    databaseUrl,
    port,
    instances,
    host: process.env.HOST,
    env,
    // A crashed instance is started again; nginx skips it meanwhile.
    onCrash: (instance, exit) => {
      if (stopping) return;
      say(`${instance.name} exited on its own (${exit.code ?? exit.signal}); starting it again`);
      const index = cluster!.instances.indexOf(instance);
      void cluster!.startInstance(index).catch((error: unknown) => say(`${instance.name} did not start: ${(error as Error).message}`));
    },
  });
  const ports = cluster.instances.map((instance) => instance.port).join(", ");
  say(`Waypoint is running at http://localhost:${port} (nginx → ${instances} instance(s) on ports ${ports}). Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
