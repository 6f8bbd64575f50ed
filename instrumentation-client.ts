// Runs in the browser before the app's own modules (Next's instrumentation-client).
// zod compiles object parsers with `new Function` unless told not to; under the
// pages' Content-Security-Policy (no 'unsafe-eval') even its probe for whether
// eval works is reported as a violation. Jitless parsing is the documented
// setting for a strict CSP, and must be set before any schema is made.
//
// zod keeps that setting on `globalThis.__zod_globalConfig` (zod/v4/core's
// `config()` writes there, and every copy of zod reads it). Setting it here
// rather than calling `config()` keeps zod itself out of every page's first
// load: most pages never parse anything in the browser, and instantiating
// zod's core cost each of them tens of milliseconds of main thread.
// tests/unit/zod-jitless.test.ts holds zod to reading this global.
const zodGlobal = globalThis as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> };
zodGlobal.__zod_globalConfig = { ...zodGlobal.__zod_globalConfig, jitless: true };

export {};
