// Serves an embedded PGlite database over the PostgreSQL wire protocol, so the
// app and the Prisma CLI use the same pg driver as on a real server. Runs in
// its own process: PGlite is single-threaded WebAssembly and would otherwise
// stall the app's event loop.
//
//   tsx scripts/pglite-server.ts [--data DIR] [--port N]
// Without --data the database lives in memory (tests). Prints "ready <port>".
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { values } = parseArgs({ options: { data: { type: "string" }, port: { type: "string", default: "0" } } });

async function main() {
  if (values.data) mkdirSync(values.data, { recursive: true });
  const db = await PGlite.create(values.data ? { dataDir: values.data } : {});
  // The default of one connection makes a pooled client lose queries; PGlite
  // still runs one query at a time and keeps transactions on their connection.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: Number(values.port), maxConnections: 64 });
  server.addEventListener("listening", (event) => {
    const { port } = (event as CustomEvent<{ port: number }>).detail;
    process.stdout.write(`ready ${port}\n`);
  });
  await server.start();

  process.on("SIGINT", () => void shutdown(server, db));
  process.on("SIGTERM", () => void shutdown(server, db));
  // The parent went away without a signal (killed): do not linger.
  process.stdin.on("end", () => void shutdown(server, db));
  process.stdin.resume();
}

async function shutdown(server: PGLiteSocketServer, db: PGlite) {
  await server.stop();
  await db.close(); // flushes the data directory
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
