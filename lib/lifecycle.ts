// Shutdown hooks shared by the HTTP server (scripts/server.ts) and the app's
// modules (the database pool, the job worker). They live on globalThis because
// Next bundles the app's modules apart from the server script: both see the
// same process, not the same module instance.

type Hook = { order: number; run: () => Promise<void> };
type Registry = Map<string, Hook>;
const store = globalThis as typeof globalThis & { waypointShutdownHooks?: Registry; waypointServerOwnsSignals?: boolean };
const hooks = (store.waypointShutdownHooks ??= new Map());

/**
 * scripts/server.ts calls this before Next starts: it handles SIGTERM/SIGINT
 * itself (drain, then run the hooks, then exit 0), so the app's modules
 * register hooks instead of signal handlers of their own.
 */
export function claimShutdownSignals(): void {
  store.waypointServerOwnsSignals = true;
}

/** True inside scripts/server.ts: shut down through onShutdown hooks, never process.exit. */
export function serverOwnsShutdown(): boolean {
  return store.waypointServerOwnsSignals === true;
}

/**
 * Registers `run` to be awaited when the process shuts down gracefully,
 * lowest `order` first (the job worker before the database pool). A second
 * registration under the same name replaces the first (dev hot reloads).
 */
export function onShutdown(name: string, run: () => Promise<void>, order = 50): void {
  hooks.set(name, { order, run });
}

/** Runs every hook in order; one that fails or hangs past `timeoutMs` does not stop the others. */
export async function runShutdownHooks(timeoutMs = 5_000, log: (message: string) => void = console.warn): Promise<void> {
  const ordered = [...hooks.entries()].sort(([, a], [, b]) => a.order - b.order);
  for (const [name, hook] of ordered) {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    const outcome = await Promise.race([hook.run().then(() => "done" as const, (error: unknown) => error), timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") log(`[shutdown] ${name} did not finish within ${timeoutMs} ms`);
    else if (outcome !== "done") log(`[shutdown] ${name} failed: ${String(outcome)}`);
  }
  hooks.clear();
}
