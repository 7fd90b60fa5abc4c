import { z } from "zod";

/**
 * The database's own settings, read here so that db/ depends on nothing in lib/ (the dependency points the
 * other way: lib/env.ts includes these fields in the one typed environment, and so validates them at start).
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const databaseEnvShape = {
  /** Postgres connection string. Unset: the embedded Postgres under .data/ (see db/local-server.ts). */
  DATABASE_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  /** Force a driver. Default: neon for *.neon.tech hosts, node-postgres otherwise. */
  DB_DRIVER: z.preprocess(emptyToUndefined, z.enum(["node-postgres", "neon"]).optional()),
  /** Port of the embedded Postgres (only used without DATABASE_URL). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
};

const databaseEnvSchema = z.object(databaseEnvShape);
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

export function parseDatabaseEnv(source: Record<string, string | undefined>): DatabaseEnv {
  const result = databaseEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

let cached: DatabaseEnv | undefined;

export function databaseEnv(): DatabaseEnv {
  cached ??= parseDatabaseEnv(process.env);
  return cached;
}
