// Counts the SQL statements the app sends through its pg pool, for tests that
// prove a request does constant work (a fixed number of statements).
import type pg from "pg";
import { vi } from "vitest";

/**
 * Counts the SQL statements sent through `pool`: pool.query (every query
 * outside a transaction: adapter-pg 6.19 calls pool.query directly) and
 * client.query on clients checked out with pool.connect() (adapter-pg's
 * startTransaction does that for BEGIN … COMMIT). pool.query's own internal
 * connect(callback) is not a checkout and is not counted twice.
 */
export function statementCounter(pool: pg.Pool) {
  const statements: string[] = [];
  let checkouts = 0;
  const text = (arg: unknown) => (typeof arg === "string" ? arg : ((arg as { text?: string })?.text ?? String(arg)));
  const originalQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const originalConnect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  const querySpy = vi.spyOn(pool, "query").mockImplementation(((...args: unknown[]) => {
    statements.push(text(args[0]));
    return originalQuery(...args);
  }) as never);
  const connectSpy = vi.spyOn(pool, "connect").mockImplementation(((...args: unknown[]) => {
    if (typeof args[0] === "function") return originalConnect(...args);
    checkouts++;
    return (originalConnect() as Promise<pg.PoolClient>).then((client) => {
      const clientQuery = client.query.bind(client) as (...a: unknown[]) => unknown;
      const release = client.release.bind(client);
      client.query = ((...a: unknown[]) => {
        statements.push(text(a[0]));
        return clientQuery(...a);
      }) as never;
      client.release = ((...a: Parameters<typeof release>) => {
        client.query = clientQuery as never;
        client.release = release;
        return release(...a);
      }) as never;
      return client;
    });
  }) as never);
  return {
    /** Statements and checkouts made while `work` ran. */
    async during<T>(work: () => Promise<T>) {
      statements.length = 0;
      checkouts = 0;
      const result = await work();
      return { result, statements: [...statements], checkouts };
    },
    restore() {
      querySpy.mockRestore();
      connectSpy.mockRestore();
    },
  };
}
