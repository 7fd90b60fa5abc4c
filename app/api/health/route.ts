import { connection } from "next/server";
import { withRoute } from "@/lib/observability/with-route";

/**
 * Liveness: answers 200 while the process can serve requests at all. It deliberately does not touch the
 * database — a database outage must not make an orchestrator restart healthy app instances (that is what
 * /api/ready is for). Skipped by the middleware, so it answers on any Host (probes often use the IP).
 */
export const GET = withRoute(
  "/api/health",
  async () => {
    await connection(); // never prerendered or cached
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  },
  { quiet: true },
);
