import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { RETRY_AFTER_SECONDS, withRoute } from "@/lib/observability/with-route";

/** Long enough for a healthy pool to connect, short enough that a probe never hangs. */
const READY_TIMEOUT_MS = 2_000;

/**
 * Readiness: 200 when this instance can reach the database, else 503 with Retry-After so a load balancer
 * stops sending traffic until it recovers. The body never says why (the log does).
 */
export const GET = withRoute(
  "/api/ready",
  async (_request, _context, { log }) => {
    await connection(); // never prerendered or cached
    const noStore = { "Cache-Control": "no-store" };
    try {
      await withTimeout(getDb().execute(sql`select 1`), READY_TIMEOUT_MS);
      return Response.json({ status: "ready" }, { headers: noStore });
    } catch (error) {
      log.warn({ err: error }, "readiness check failed");
      return Response.json(
        { status: "unavailable" },
        { status: 503, headers: { ...noStore, "Retry-After": String(RETRY_AFTER_SECONDS) } },
      );
    }
  },
  { quiet: true },
);

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
