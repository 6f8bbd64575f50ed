// Concurrency limits of a link-check run: at most N requests at once to any
// one host (politeness: a run must not look like an attack on a site that
// hosts many of the roadmap's links), and at most M checks in flight overall.

/** A per-key counting semaphore: `run(key, fn)` waits until fewer than `limit` calls for `key` are running. */
export class KeyedLimiter {
  private readonly slots = new Map<string, { active: number; waiting: Array<() => void> }>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");
  }

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  /** Calls running for `key` now (for tests and progress reports). */
  active(key: string): number {
    return this.slots.get(key)?.active ?? 0;
  }

  private acquire(key: string): Promise<void> {
    const slot = this.slots.get(key) ?? { active: 0, waiting: [] };
    this.slots.set(key, slot);
    if (slot.active < this.limit) {
      slot.active++;
      return Promise.resolve();
    }
    // The releasing call hands its slot over directly, so `active` never dips and lets a newcomer jump the queue.
    return new Promise((resolve) => slot.waiting.push(resolve));
  }

  private release(key: string) {
    const slot = this.slots.get(key)!;
    const next = slot.waiting.shift();
    if (next) return next();
    slot.active--;
    if (slot.active === 0) this.slots.delete(key);
  }
}

/**
 * Runs `task` over `items` with at most `concurrency` in flight, in the given
 * order; stops taking new items once `signal` aborts. Rejects with the first
 * error a task throws (the others already started are awaited first).
 */
export async function forEachConcurrent<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (next < items.length && !failure && !signal?.aborted) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  if (failure) throw failure.error;
}

/**
 * Orders URLs so that consecutive ones are on different hosts (round robin
 * over hosts, each host's URLs in their original order): a run's lanes then
 * spread over hosts instead of all queueing on one host's few slots.
 */
export function interleaveByHost(urls: readonly string[]): string[] {
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      host = "";
    }
    const list = byHost.get(host);
    if (list) list.push(url);
    else byHost.set(host, [url]);
  }
  const queues = [...byHost.values()];
  const ordered: string[] = [];
  for (let round = 0; ordered.length < urls.length; round++) {
    for (const queue of queues) if (round < queue.length) ordered.push(queue[round]!);
  }
  return ordered;
}
