// Several instances of the app (scripts/server.ts) on loopback ports behind
// nginx (deploy/nginx.conf.template): what `npm run cluster`, the chaos script
// and the cluster test start. nginx is Debian's binary, run in the foreground
// as our child with its pid, logs and temp paths in a folder of its own.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { waitForOk } from "./wait";

const TEMPLATE = path.join("deploy", "nginx.conf.template");
const NGINX_CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx", "/usr/local/bin/nginx", "/opt/homebrew/bin/nginx"];

/** The nginx binary: NGINX_BIN, else the usual places; null when none is installed. */
export function findNginx(): string | null {
  if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
  return NGINX_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * How to run scripts/server.ts: node with tsx's loader, in ONE process. The
 * tsx command runs the script in a child and, when only the parent gets a
 * SIGTERM, SIGKILLs that child unless it acknowledges within 30 ms — which a
 * busy server does not, so a graceful stop became a kill (exit 143).
 */
export const serverArgs = () => ["--import", "tsx", path.join("scripts", "server.ts")];

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type Instance = {
  name: string;
  port: number;
  child?: ChildProcess;
  exited?: Promise<Exit>;
  /** Set while we are stopping it on purpose: its exit is not a crash. */
  stopping: boolean;
};

export type ClusterOptions = {
  databaseUrl: string;
  /** nginx's port. */
  port: number;
  instances: number;
  /** The instances' ports (default: port + 1, port + 2, …). */
  instancePorts?: number[];
  host?: string;
  /** Environment of every instance (AUTH_SECRET and the like); DATABASE_URL, PORT, HOST and the proxy settings are set here. */
  env: Record<string, string | undefined>;
  /** Where the instances' output (JSON log lines) goes: a file (appended), else this process's stdout/stderr. */
  logFile?: string;
  /** Called when an instance exits without being asked to. */
  onCrash?: (instance: Instance, exit: Exit) => void;
};

export type Cluster = {
  url: string;
  instances: Instance[];
  /** nginx's folder: nginx.conf, waypoint.conf, access.log, error.log. */
  nginxDir: string;
  /** Instances that exited without being asked to. */
  crashes: Array<{ name: string } & Exit>;
  /** Starts instance `index` (again), with `extraEnv` over the cluster's environment. */
  startInstance: (index: number, extraEnv?: Record<string, string>) => Promise<void>;
  /** SIGTERM (or `signal`) to one instance; resolves with how it exited. */
  stopInstance: (index: number, signal?: NodeJS.Signals) => Promise<Exit>;
  /** Stops nginx (gracefully), then every instance; resolves with their exits. */
  stop: () => Promise<{ nginx: Exit; instances: Exit[] }>;
};

const exitOf = (child: ChildProcess) =>
  new Promise<Exit>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode });
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });

/** Renders the repo's template for these upstream ports (the same `${…}` names the nginx image's envsubst fills). */
export function renderNginxSite({ listen, upstreamPorts, accessLog }: { listen: string; upstreamPorts: number[]; accessLog: string }): string {
  const servers = upstreamPorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n  ");
  const values: Record<string, string> = { WAYPOINT_LISTEN: listen, WAYPOINT_UPSTREAM_SERVERS: servers, WAYPOINT_ACCESS_LOG: accessLog };
  return readFileSync(TEMPLATE, "utf8")
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"))
    .map((line) => line.replace(/\$\{(WAYPOINT_[A-Z_]+)\}/g, (_, name: string) => values[name] ?? `\${${name}}`))
    .join("\n");
}

/** A main config that keeps everything nginx writes inside `dir`, around the rendered site. */
function mainConfig(dir: string): string {
  const tmp = (name: string) => path.join(dir, "tmp", name);
  return [
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    `  client_body_temp_path ${tmp("client_body")};`,
    `  proxy_temp_path ${tmp("proxy")};`,
    `  fastcgi_temp_path ${tmp("fastcgi")};`,
    `  uwsgi_temp_path ${tmp("uwsgi")};`,
    `  scgi_temp_path ${tmp("scgi")};`,
    `  include ${path.join(dir, "waypoint.conf")};`,
    "}",
    "",
  ].join("\n");
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const nginxBin = findNginx();
  if (!nginxBin) throw new Error("nginx is not installed (apt-get install nginx, or set NGINX_BIN)");
  const host = options.host ?? "127.0.0.1";
  const output = options.logFile ? openSync(options.logFile, "a") : undefined;
  const stdio = output === undefined ? (["ignore", "inherit", "inherit"] as const) : (["ignore", output, output] as const);
  const crashes: Cluster["crashes"] = [];
  const instances: Instance[] = Array.from({ length: options.instances }, (_, index) => ({
    name: `app-${index + 1}`,
    port: options.instancePorts?.[index] ?? options.port + 1 + index,
    stopping: false,
  }));

  async function startInstance(index: number, extraEnv: Record<string, string> = {}) {
    const instance = instances[index]!;
    instance.stopping = false;
    const child = spawn(process.execPath, serverArgs(), {
      env: {
        // Instances only ever serve a build (never a test runner's NODE_ENV=test).
        NODE_ENV: "production",
        ...options.env,
        ...extraEnv,
        DATABASE_URL: options.databaseUrl,
        PORT: String(instance.port),
        HOST: "127.0.0.1",
        // nginx appends the client's address to X-Forwarded-For: exactly one trusted hop.
        TRUSTED_PROXY_HOPS: "1",
        WAYPOINT_INSTANCE: instance.name,
      },
      stdio: [...stdio],
    });
    instance.child = child;
    instance.exited = exitOf(child);
    void instance.exited.then((exit) => {
      if (instance.stopping || instance.child !== child) return;
      crashes.push({ name: instance.name, ...exit });
      options.onCrash?.(instance, exit);
    });
    const ready = waitForOk(`http://127.0.0.1:${instance.port}/api/health`, 180_000);
    const died = instance.exited.then((exit) => {
      throw new Error(`${instance.name} exited (${exit.code ?? exit.signal}) before it answered`);
    });
    await Promise.race([ready, died]);
  }

  async function stopInstance(index: number, signal: NodeJS.Signals = "SIGTERM"): Promise<Exit> {
    const instance = instances[index]!;
    if (!instance.child || !instance.exited) return { code: null, signal: null };
    instance.stopping = true;
    if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill(signal);
    const guard = setTimeout(() => instance.child?.kill("SIGKILL"), 30_000);
    const exit = await instance.exited;
    clearTimeout(guard);
    return exit;
  }

  const dir = mkdtempSync(path.join(tmpdir(), "waypoint-nginx-"));
  // nginx's workers run as an unprivileged user when it starts as root: they must reach the temp paths.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "tmp"), { mode: 0o755 });
  let nginx: ChildProcess | undefined;
  let nginxExited: Promise<Exit> | undefined;
  const stopNginx = async (): Promise<Exit> => {
    if (!nginx || !nginxExited) return { code: null, signal: null };
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill("SIGQUIT"); // graceful: finish open requests
    const guard = setTimeout(() => nginx?.kill("SIGTERM"), 10_000);
    const exit = await nginxExited;
    clearTimeout(guard);
    return exit;
  };

  try {
    // One at a time: two Next servers starting together on two cores slow each other down.
    for (let index = 0; index < instances.length; index++) await startInstance(index);

    writeFileSync(
      path.join(dir, "waypoint.conf"),
      renderNginxSite({
        listen: `${host}:${options.port}`,
        upstreamPorts: instances.map((instance) => instance.port),
        accessLog: path.join(dir, "access.log"),
      }),
    );
    writeFileSync(path.join(dir, "nginx.conf"), mainConfig(dir));
    nginx = spawn(nginxBin, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    nginxExited = exitOf(nginx);
    const died = nginxExited.then((exit) => {
      const log = existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : "";
      throw new Error(`nginx exited (${exit.code ?? exit.signal}) before it answered\n${log}`);
    });
    await Promise.race([waitForOk(`http://127.0.0.1:${options.port}/api/health`, 30_000), died]);
  } catch (error) {
    await stopNginx();
    await Promise.all(instances.map((_, index) => stopInstance(index)));
    if (output !== undefined) closeSync(output);
    throw error;
  }

  let closed = false;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${options.port}`,
    instances,
    nginxDir: dir,
    crashes,
    startInstance,
    stopInstance,
    stop: async () => {
      const nginxExit = await stopNginx();
      const exits = await Promise.all(instances.map((_, index) => stopInstance(index)));
      if (output !== undefined && !closed) closeSync(output);
      closed = true;
      return { nginx: nginxExit, instances: exits };
    },
  };
}

/** Removes nginx's folder (after `stop`). */
export function removeNginxDir(cluster: Cluster) {
  rmSync(cluster.nginxDir, { recursive: true, force: true });
}
