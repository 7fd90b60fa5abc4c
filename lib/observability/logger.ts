/**
 * Structured JSON logs (ARCHITECTURE decision 10): one line per event on stdout, fields `level` (label),
 * `time` (ISO), `msg`, plus `requestId`, `tenant`, `route` from child loggers. Personal data and secrets are
 * censored by key at any depth and scrubbed from messages and stacks (see redact.ts).
 *
 * Not `server-only`: scripts (seed, workers) log through it too. Never imported by the Edge middleware.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { redactValue, scrubText, serializeError } from "./redact";

export type { Logger } from "pino";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LEVELS)[number];

/**
 * LOG_LEVEL is validated in lib/env.ts; the logger reads it directly because it must work (to report the
 * problem) even when the rest of the environment is invalid. Tests are silent unless LOG_LEVEL says otherwise.
 */
export function levelFromEnv(source: Record<string, string | undefined> = process.env): LogLevel {
  const raw = source.LOG_LEVEL?.trim().toLowerCase();
  if (raw && (LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  return source.NODE_ENV === "test" ? "silent" : "info";
}

export interface CreateLoggerOptions {
  level?: LogLevel;
  /** Where lines go; stdout by default (tests pass a stream to read them back). */
  destination?: DestinationStream;
}

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? levelFromEnv(),
    base: { service: "swagstand" },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: "msg",
    errorKey: "err",
    formatters: {
      level: (label) => ({ level: label }),
      // Bindings and every logged object go through the same censor.
      bindings: (bindings) => redactValue(bindings) as Record<string, unknown>,
      log: (object) => redactValue(object) as Record<string, unknown>,
    },
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      // Messages are free text: strip addresses and credentials that were interpolated into them.
      logMethod(inputArgs, method) {
        const args = inputArgs as unknown[];
        // pino would use an error's raw message as `msg` when none is given; give it the cleaned one instead.
        if (args[0] instanceof Error) args[0] = { err: args[0] };
        const first = args[0] as Record<string, unknown> | null | undefined;
        if (typeof args[1] !== "string" && first && typeof first === "object") {
          const err = first.err ?? first.error;
          if (err instanceof Error) args.splice(1, 0, serializeError(err).message);
        }
        for (let i = 0; i < args.length; i++) {
          const arg = args[i];
          if (typeof arg === "string") args[i] = scrubText(arg);
        }
        return method.apply(this, args as Parameters<typeof method>);
      },
    },
  };
  const instance = options.destination ? pino(config, options.destination) : pino(config);
  // pino applies formatters.bindings to the base bindings only, not to child() bindings, so children get the
  // same censor here. Children are created with Object.create(parent), so they inherit this method too.
  const child = instance.child;
  instance.child = function redactingChild(this: Logger, bindings, childOptions) {
    return child.call(this, redactValue(bindings) as typeof bindings, childOptions);
  } as typeof instance.child;
  return instance;
}

const globalForLogger = globalThis as typeof globalThis & { swagstandLogger?: Logger };

/** The process-wide logger (on globalThis: Next may load this module once per bundle layer). */
export const logger: Logger = (globalForLogger.swagstandLogger ??= createLogger());

export interface LogContext {
  requestId?: string | null;
  /** The event slug when the request is on a tenant host. */
  tenant?: string | null;
  /** A route pattern ("/api/orders/[id]"), never a concrete path with ids or tokens in it. */
  route?: string | null;
}

/** A child logger carrying the request context; empty fields are left out. */
export function loggerFor(context: LogContext, parent: Logger = logger): Logger {
  const bindings: Record<string, string> = {};
  if (context.requestId) bindings.requestId = context.requestId;
  if (context.tenant) bindings.tenant = context.tenant;
  if (context.route) bindings.route = context.route;
  return parent.child(bindings);
}
