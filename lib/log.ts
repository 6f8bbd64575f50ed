// The app's structured log: pino, one JSON object per line on stdout. The
// server writes one line per request (scripts/server.ts); unexpected errors
// are logged with their stack (lib/errors.ts). Nothing secret is ever
// logged: request lines carry no headers, cookies, bodies or query strings,
// and the redaction below censors such fields should any object carry them.
import pino from "pino";
import { currentRequestId } from "@/lib/http/request-context";

/** Field names whose values never reach the log, wherever they appear (two levels deep). */
const SECRET_FIELDS = [
  "password", "currentPassword", "newPassword", "passwordHash", "token", "sessionToken", "csrfToken",
  "authorization", "cookie", "secret", "body", "note", "headers",
];

export const REDACT_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`), ...SECRET_FIELDS.map((field) => `*.*.${field}`)];

type LogStore = typeof globalThis & { waypointLogger?: pino.Logger };
const store = globalThis as LogStore;

/** A logger with the app's settings; `destination` for tests (default: stdout). */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? "info",
    // WAYPOINT_INSTANCE names the instance in a cluster (scripts/lib/cluster.ts).
    base: { pid: process.pid, ...(process.env.WAYPOINT_INSTANCE ? { instance: process.env.WAYPOINT_INSTANCE } : {}) },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    // The request id of the request being served, on every line written while serving it.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The process's logger (shared by the server script and Next's bundles). */
export const logger = (store.waypointLogger ??= createLogger());
