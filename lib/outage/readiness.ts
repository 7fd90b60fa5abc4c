import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/** Long enough for a healthy pool to connect, short enough that a probe never hangs. */
const READY_TIMEOUT_MS = 2_000;

/**
 * Can this instance use the database right now? A bounded `select 1` (db/timeouts.ts bounds it too). Behind
 * /api/ready, which the load balancer and the outage gate in middleware.ts ask. The failure comes back as a
 * one-line reason (code and message, no stack, nothing from a request) for a single warning.
 */
export async function checkDatabase(db: Db): Promise<{ ready: true } | { ready: false; reason: string }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`database did not answer within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return { ready: true };
  } catch (error) {
    return { ready: false, reason: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** The innermost driver error's code and message (Drizzle's own message quotes the query). */
function describe(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 8; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (!cause) break;
    current = cause;
  }
  const e = current as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? `${e.code}: ` : "";
  const message = typeof e?.message === "string" ? e.message : String(current);
  return `${code}${message}`.slice(0, 200);
}
