// The driver adapter for the Prisma CLI only (migrate, db seed). The app uses a
// plain PrismaPg in lib/db.ts. Prisma 6.19's JS schema engine works offline,
// but a stock PrismaPg breaks the CLI in four ways; each fix is marked below.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const PG_CHAR = 18;
const PG_NAME = 19;
const PG_TEXT = 25;

type Result = { fields?: { dataTypeID: number }[] };
function namesAsText<T>(result: T): T {
  for (const r of ([] as Result[]).concat(result as Result)) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    }
  }
  return result;
}

// Fix 1: the catalog queries of migrate return `name` and `"char"` columns,
// which the adapter refuses to deserialize. They are strings: report them as text.
class CatalogClient extends pg.Client {
  // pg's overloads are too many to restate; the wrapper only touches results.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, res && namesAsText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    return out instanceof Promise ? out.then(namesAsText) : out;
  }
}

function poolConfig(url: URL, database: string): pg.PoolConfig {
  // Fix 2: with `connectionString`, pg ignores a separate `database`, so the
  // shadow database would be the main one. Pass every part separately.
  return {
    host: decodeURIComponent(url.hostname),
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || "postgres",
    password: decodeURIComponent(url.password) || undefined,
    database,
    Client: CatalogClient,
    // One connection on the embedded PGlite (scripts/lib/postgres.ts says why).
    max: Number(process.env.DATABASE_POOL_MAX ?? 4),
    connectionTimeoutMillis: 10_000,
    // Fix 4: without this every command idles ~10 s before the process exits.
    allowExitOnIdle: true,
  };
}

class CliPrismaPg extends PrismaPg {
  constructor(private readonly url: URL) {
    super(poolConfig(url, url.pathname.slice(1) || "postgres"));
  }

  // Fix 3: drop the shadow database only after its pool is closed; otherwise
  // Postgres refuses ("being accessed by other users") and leaves it behind.
  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = new pg.Pool(poolConfig(this.url, database));
    const adapter = await new PrismaPg(shadow, { disposeExternalPool: true }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return adapter;
  }
}

/** The adapter prisma.config.ts hands to the CLI for DATABASE_URL. */
export function createCliAdapter(databaseUrl: string) {
  return new CliPrismaPg(new URL(databaseUrl));
}
