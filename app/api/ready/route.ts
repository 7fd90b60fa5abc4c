import { connection } from "next/server";
import { getDb } from "@/db/client";
import { RETRY_AFTER_SECONDS, withRoute } from "@/lib/observability/with-route";
import { checkDatabase } from "@/lib/outage/readiness";
import { cachedGlobalMaintenance } from "@/lib/maintenance/cached";

/**
 * Readiness: 200 when this instance can reach the database, else 503 with Retry-After so a load balancer
 * stops sending traffic until it recovers, and the outage gate in middleware.ts answers the order pages with
 * 503 (ADR 013). The body never says why; the log says it in one line, without a stack.
 */
export const GET = withRoute(
  "/api/ready",
  async (_request, _context, { log }) => {
    await connection(); // never prerendered or cached
    const noStore = { "Cache-Control": "no-store" };
    const check = await checkDatabase(getDb());
    // Maintenance is not unreadiness: the instance keeps answering, and reports the global mode (ADR 027).
    if (check.ready) {
      const maintenance = await cachedGlobalMaintenance().catch(() => null);
      return Response.json(
        { status: "ready", maintenance: maintenance?.mode ?? "unknown" },
        { headers: noStore },
      );
    }
    log.warn({ reason: check.reason }, "readiness check failed: database unavailable");
    return Response.json(
      { status: "unavailable" },
      { status: 503, headers: { ...noStore, "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  },
  { quiet: true },
);
