// How the benchmarks start servers: Node programs under tsx, pinned to core 0
// when the load generator could pin itself to core 1 (taskset), so the two do
// not fight over one core. The app is the server production runs — npm start's
// and the cluster's scripts/server.ts, with its security headers and request
// log — not `next start`, which would also run proxy.ts (dev only) on every page.
import { spawn, type ChildProcess } from "node:child_process";
import { serverArgs } from "../scripts/lib/cluster";

/** `node --import tsx <args>`, on core 0 when `pinned`. */
export function startNode(args: string[], env: NodeJS.ProcessEnv, pinned: boolean): ChildProcess {
  const [file, argv] = pinned ? ["taskset", ["-c", "0", process.execPath, ...args]] : [process.execPath, args];
  return spawn(file, argv, { env, stdio: ["ignore", "ignore", "inherit"] });
}

/** The built app on 127.0.0.1:`port`. */
export const startApp = (port: number, env: NodeJS.ProcessEnv, pinned: boolean) =>
  startNode(serverArgs(), { ...env, PORT: String(port), HOST: "127.0.0.1" }, pinned);
