// Loaded by prisma.config.ts, so it runs inside Prisma CLI processes only.
//
// Prisma 6.19's WebAssembly schema engine arms a 10 s timer while migrating
// and never clears it: `migrate deploy` finishes its work in under a second,
// then the process idles for 10 s before it can exit. Unref'ing long timers
// lets the process exit as soon as the real work (open sockets, pending I/O)
// is done; a timer still matters to whoever awaits it while other work is alive.
const setTimer = globalThis.setTimeout;
const LONG_MS = 5_000;

globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = setTimer(handler, ms, ...args);
  if ((ms ?? 0) >= LONG_MS) timer.unref();
  return timer;
}) as typeof globalThis.setTimeout;
