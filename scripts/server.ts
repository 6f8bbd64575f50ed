// The HTTP server that serves the built app (npm start, the e2e server, the
// benchmark, the cluster): Next's request handler behind a plain Node server,
// so that Waypoint — not the client — decides
//   - the client's address (socket, or X-Forwarded-For only through
//     TRUSTED_PROXY_HOPS proxies), stamped on every request;
//   - where it listens (loopback unless HOST says otherwise);
//   - the security headers of every response: a CSP nonce for pages rendered
//     per request, hashes for static HTML (lib/http/secure-response.ts);
//   - how it stops: on SIGTERM/SIGINT it stops accepting connections, lets
//     in-flight requests finish (at most SHUTDOWN_GRACE_MS), stops the job
//     worker, closes the database pool and exits 0;
//   - what it logs: one JSON line per request (lib/log.ts, pino): request id
//     (a trusted proxy's X-Request-Id, else a new one; echoed in the response),
//     method, route pattern, status, duration, the signed-in user's id.
//
//   PORT=3000 HOST=127.0.0.1 tsx scripts/server.ts
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { Socket } from "node:net";
import { stampClientHeaders } from "../lib/http/client-ip";
import { requestContext, type RequestContext } from "../lib/http/request-context";
import { loadRouteMatcher } from "../lib/http/routes";
import { claimShutdownSignals, runShutdownHooks } from "../lib/lifecycle";
import { logger } from "../lib/log";
import { secureResponse, servedOverHttps } from "../lib/http/secure-response";
import { HashCache } from "../lib/http/security-headers";

// Next reads NODE_ENV to pick its production behaviour; the server only ever serves a build.
(process.env as Record<string, string>).NODE_ENV ??= "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
if (!Number.isInteger(trustedHops) || trustedHops < 0 || trustedHops > 10) {
  throw new Error(`TRUSTED_PROXY_HOPS must be an integer from 0 to 10, not "${process.env.TRUSTED_PROXY_HOPS}"`);
}

const log = (message: string) => logger.info({ component: "server" }, message);
const REQUEST_ID = /^[\w.:@-]{1,128}$/;

/** The trusted proxy's request id when it looks like one, else a fresh one (a client does not pick its own). */
function requestIdOf(req: http.IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return trustedHops > 0 && typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

async function main() {
  // This server drains and then runs the shutdown hooks: the job worker registers one instead of its own signal handlers.
  claimShutdownSignals();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const routeOf = loadRouteMatcher();

  const scriptHashes = new HashCache();
  let inFlight = 0;
  let stopping = false;
  let drained: (() => void) | undefined;
  const server = http.createServer((req, res) => {
    inFlight++;
    res.once("close", () => {
      inFlight--;
      if (stopping && inFlight === 0) drained?.();
    });
    if (stopping) res.setHeader("Connection", "close");
    stampClientHeaders(req.headers, req.socket.remoteAddress, trustedHops);
    secureResponse(req, res, { cache: scriptHashes, https: servedOverHttps(req) });
    const started = process.hrtime.bigint();
    const context: RequestContext = { requestId: requestIdOf(req) };
    req.headers["x-request-id"] = context.requestId;
    res.setHeader("X-Request-Id", context.requestId);
    res.once("close", () => {
      // No query string, headers or body: paths and queries can carry tokens (lib/log.ts).
      const pathname = (req.url ?? "/").split("?")[0]!;
      logger.info({
        requestId: context.requestId,
        method: req.method,
        route: routeOf(pathname) ?? pathname.slice(0, 200),
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        ...(context.userId ? { userId: context.userId } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      }, "request");
    });
    requestContext.run(context, () =>
      handle(req, res).catch((error: unknown) => {
        logger.error({ err: error }, "unhandled error in the request handler");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side." } }));
      }),
    );
  });
  // Keep-alive connections outlive a load balancer's idle timeout by default; match Next's own server.
  server.keepAliveTimeout = 65_000;
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    log(`${signal}: no new connections; ${inFlight} request(s) in flight`);
    server.close();
    server.closeIdleConnections();
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, graceMs).unref();
      });
    }
    if (inFlight > 0) log(`${inFlight} request(s) still running after ${graceMs} ms: closing their connections`);
    for (const socket of sockets) socket.destroy();
    await runShutdownHooks(5_000, log);
    log(`stopped in ${Date.now() - started} ms`);
    process.exit(0);
  }
  // `on`, not `once`: signals often arrive twice (the process group and a parent), and a second
  // one without a handler would kill the process mid-drain.
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  log(`listening on http://${host.includes(":") ? `[${host}]` : host}:${port}${trustedHops ? ` (trusting ${trustedHops} proxy hop(s))` : ""}`);
  // The static catalog pages may come from a build made on another database
  // (the image's build stage) or an older catalog: one request through a
  // route handler reads the content version and revalidates them at once,
  // rather than on the first visitor's API call (lib/catalog/version.ts).
  const self = ["0.0.0.0", "::"].includes(host) ? "127.0.0.1" : host;
  void fetch(`http://${self.includes(":") ? `[${self}]` : self}:${port}/api/tracks`).catch(() => undefined);
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "the server could not start");
  process.exit(1);
});
