// Runs in the browser before the app's own modules (Next's instrumentation-client).
// zod compiles object parsers with `new Function` unless told not to; under the
// pages' Content-Security-Policy (no 'unsafe-eval') even its probe for whether
// eval works is reported as a violation. Jitless parsing is the documented
// setting for a strict CSP, and must be set before any schema is made.
import { config } from "zod/v4/core";

config({ jitless: true });
