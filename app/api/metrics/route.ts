import { connection } from "next/server";
import { secretMatches } from "@/lib/crypto/secret-matches";
import { env } from "@/lib/env";
import { PROMETHEUS_CONTENT_TYPE, renderMetrics } from "@/lib/observability/metrics";
import { withRoute } from "@/lib/observability/with-route";

/**
 * Prometheus text for this instance. Business counters (orders, emails) are not for the public: with
 * METRICS_TOKEN set, scrapers send `Authorization: Bearer <token>`; without it the endpoint is open in
 * development and answers 404 in production. Skipped by the middleware, so a scraper can use the IP.
 */
export const GET = withRoute(
  "/api/metrics",
  async (request) => {
    await connection();
    const token = env().METRICS_TOKEN;
    const allowed = token
      ? secretMatches(request.headers.get("authorization") ?? "", `Bearer ${token}`)
      : env().NODE_ENV !== "production";
    if (!allowed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
    return new Response(await renderMetrics(), {
      headers: { "Content-Type": PROMETHEUS_CONTENT_TYPE, "Cache-Control": "no-store" },
    });
  },
  { quiet: true },
);
