import { z } from "zod";
import { databaseEnvShape } from "@/db/env";
import { text } from "@/lib/validation/text";
import { parseTrustedProxies } from "./http/client-address";

/**
 * The one typed view of the environment. Parsed once, lazily, so that a bad variable fails with a message
 * naming it (at server start, in scripts, in tests) instead of deep inside a request.
 * With no environment at all the app runs on the embedded defaults.
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, text().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** DATABASE_URL, DB_DRIVER, EMBEDDED_PG_PORT: defined by the database layer, which reads them itself. */
  ...databaseEnvShape,
  /** Apex domain whose subdomains are event shops, e.g. swagstand.app. Locally: localhost. */
  ROOT_DOMAIN: z
    .preprocess(
      emptyToUndefined,
      text()
        .regex(/^[a-z0-9.-]+(:\d+)?$/i, "must be a host name such as swagstand.app")
        .optional(),
    )
    .default("localhost:3000"),
  /** Public base URL of the platform, used in emails. Default: http://{ROOT_DOMAIN}. */
  APP_URL: optionalUrl,
  /** Secret for private links (my-order, invitations) and Auth.js. Required when DATABASE_URL is set. */
  APP_SECRET: z.preprocess(emptyToUndefined, text().min(32, "must be at least 32 characters").optional()),
  /** GitHub OAuth app for dashboard sign-in; offered only when both are set. */
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  RESEND_API_KEY: optionalString,
  /**
   * Signing secret of the Resend webhook (issue 12, ADR 032): "whsec_" and base64, from the webhook's page in
   * Resend. Unset: /api/webhooks/resend answers 503 and bounces after sending are not seen.
   */
  RESEND_WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    text()
      .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'must be the signing secret Resend shows, "whsec_" then base64')
      .optional(),
  ),
  /** Override Resend's API base URL (tests point it at a local stand-in). */
  RESEND_BASE_URL: optionalUrl,
  MAIL_FROM: z.preprocess(emptyToUndefined, text().optional()).default("Swagstand <orders@swagstand.app>"),
  BLOB_READ_WRITE_TOKEN: optionalString,
  /** Run the outbox dispatcher inside the server process (development default). */
  OUTBOX_IN_PROCESS: z
    .preprocess(emptyToUndefined, z.enum(["true", "false"]).optional())
    .transform((v) => (v === undefined ? undefined : v === "true")),
  CRON_SECRET: optionalString,
  /** Bearer token for /api/metrics. Unset: open in development, 404 in production. */
  METRICS_TOKEN: optionalString,
  /**
   * The reverse proxies whose forwarding headers (X-Forwarded-For) are believed: comma-separated addresses or
   * CIDR ranges, e.g. `10.0.0.0/8, 127.0.0.1`. Unset: none, the client is the socket's peer. On Vercel the
   * platform's own header is used instead (lib/http/client-address.ts).
   */
  TRUSTED_PROXY: optionalString,
  /** Multiplies every rate limit's count (lib/limits.ts), e.g. 1000 for a benchmark from one machine. */
  RATE_LIMIT_FACTOR: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(1_000_000).default(1)),
  /** Set by Vercel at build and run time ("1"): the client address comes from Vercel's own header. */
  VERCEL: optionalString,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Platform operators (ADR 027): comma-separated emails of signed-in users who may open /dashboard/operator.
   * lib/auth/operator.ts reads the variable on each call; this only checks its shape at start.
   */
  OPERATOR_EMAILS: z.preprocess(
    emptyToUndefined,
    text()
      .refine(
        (list) => list.split(",").every((e) => e.trim() === "" || /^[^\s@,]+@[^\s@,]+$/.test(e.trim())),
        "must be comma-separated email addresses",
      )
      .optional(),
  ),
  /** Emergency global maintenance (ADR 027): overrides the operator's stored mode while set. */
  MAINTENANCE_MODE: z.preprocess(emptyToUndefined, z.enum(["off", "read_only", "closed"]).optional()),
  MAINTENANCE_MESSAGE: z.preprocess(
    emptyToUndefined,
    text().max(500, "must be at most 500 characters").optional(),
  ),
});

export type Env = z.infer<typeof envSchema> & { secret: string; appUrl: string };

const LOCAL_DEV_SECRET = "swagstand-local-development-secret-not-for-production";

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  const env = result.data;
  const proxies = parseTrustedProxies(env.TRUSTED_PROXY);
  if (!proxies.ok) {
    throw new Error(
      `Invalid environment configuration:\n  TRUSTED_PROXY: ${proxies.message}\nSee .env.example.`,
    );
  }
  if (env.DATABASE_URL && !env.APP_SECRET) {
    throw new Error(
      "Invalid environment configuration:\n  APP_SECRET: required when DATABASE_URL is set (generate one with `openssl rand -base64 48`).",
    );
  }
  return {
    ...env,
    secret: env.APP_SECRET ?? LOCAL_DEV_SECRET,
    appUrl: (env.APP_URL ?? `http://${env.ROOT_DOMAIN}`).replace(/\/$/, ""),
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Whether /dev/mail may be served: only with the local mailbox, and never by a production server on a real
 * database (a deployment that forgot RESEND_API_KEY must not publish every attendee's email). A production
 * build on the embedded database (`npm start`, the end-to-end tests) still shows it.
 */
export function localMailboxVisible(config: Env = env()): boolean {
  return !config.RESEND_API_KEY && (config.NODE_ENV !== "production" || !config.DATABASE_URL);
}
