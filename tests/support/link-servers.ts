// HTTP servers on loopback addresses for link-health tests: each records the
// requests it saw and counts its concurrent connections (from accept until its
// response is finished), so a test can assert what reached it and how many at
// once. Nothing here listens beyond 127.0.0.0/8.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type SeenRequest = { method: string; path: string; host: string; userAgent: string; at: number };
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, hits: number) => void;

export type LinkServer = {
  origin: string;
  address: string;
  port: number;
  requests: SeenRequest[];
  connections: number;
  maxConcurrent: number;
  hits: (path: string) => SeenRequest[];
  close: () => Promise<void>;
};

/**
 * Starts a server on `address` (a 127.x.y.z address) whose `routes` answer by
 * path; unknown paths answer 404. `hits` counts earlier requests for the same
 * path (so "500 then 200" is a route).
 */
export async function startLinkServer(address: string, routes: Record<string, Route> = {}): Promise<LinkServer> {
  const requests: SeenRequest[] = [];
  const state = { connections: 0, maxConcurrent: 0, active: 0 };
  const releases = new WeakMap<object, () => void>();
  const server = http.createServer((req, res) => {
    // A connection is done once its response is written (before the client can read it).
    res.once("finish", () => releases.get(req.socket)?.());
    const path = req.url ?? "/";
    const hits = requests.filter((r) => r.path === path).length;
    requests.push({ method: req.method ?? "", path, host: req.headers.host ?? "", userAgent: req.headers["user-agent"] ?? "", at: Date.now() });
    const route = routes[path.split("?")[0]!];
    if (route) route(req, res, hits);
    else res.writeHead(404).end();
  });
  server.on("connection", (socket) => {
    state.connections++;
    state.active++;
    state.maxConcurrent = Math.max(state.maxConcurrent, state.active);
    let open = true;
    const release = () => {
      if (open) (open = false), state.active--;
    };
    releases.set(socket, release);
    socket.once("close", release);
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${address}:${port}`,
    address,
    port,
    requests,
    get connections() {
      return state.connections;
    },
    get maxConcurrent() {
      return state.maxConcurrent;
    },
    hits: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that answers `status` with `headers` and a short body (none for HEAD). */
export const answer =
  (status: number, headers: Record<string, string> = {}): Route =>
  (_req, res) =>
    res.writeHead(status, { "Content-Type": "text/plain", ...headers }).end("ok");

/** A route that redirects with `status` to `location`. */
export const redirect = (status: number, location: string): Route => answer(status, { Location: location });
