/**
 * Runs in the browser before any of the app's modules (Next's client instrumentation hook).
 *
 * zod 4 probes whether it may compile parsers with `new Function` the first time a schema is built; under our
 * Content-Security-Policy (no 'unsafe-eval', ADR 015) the browser refuses and reports a CSP violation even
 * though zod catches the error. `jitless` skips the probe. Set through the global object zod reads its
 * configuration from (zod/v4/core `globalConfig`), so that this file imports nothing and stays out of the
 * bundle of pages that never load zod.
 */
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
const zodGlobal = globalThis as ZodGlobal;
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;

export {};
