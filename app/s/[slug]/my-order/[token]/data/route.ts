import { connection } from "next/server";
import { getDb } from "@/db/client";
import { isWellFormedAccessToken } from "@/lib/crypto/order-token";
import { rateLimitSubject } from "@/lib/http/client-address";
import { withRoute } from "@/lib/observability/with-route";
import { exportOwnOrder } from "@/lib/privacy/attendee-request";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy } from "@/lib/rate-limit/policies";
import { requestClientAddress } from "@/lib/rate-limit/request-client";
import { metrics } from "@/lib/observability/metrics";

type Context = { params: Promise<{ slug: string; token: string }> };

const noStore = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

/**
 * "Download my data" (issue 13): the JSON export of the order behind the my-order token, as a file. The token
 * is the credential: a forged, foreign or malformed one gets a 404 and nothing is read. Rate-limited per client
 * before any lookup, like cancelling.
 */
export const GET = withRoute(
  "/s/[slug]/my-order/[token]/data",
  async (request: Request, context: Context) => {
    const { slug, token } = await context.params;
    if (!isWellFormedAccessToken(token) || slug.length > 63) {
      return Response.json({ error: "not found" }, { status: 404, headers: noStore });
    }
    await connection();
    const db = getDb();
    const allowed = await consumeRateLimit(db, {
      key: `privacy:client:${rateLimitSubject(await requestClientAddress(request.headers))}`,
      ...ratePolicy("privacyPerClient"),
    });
    if (!allowed.allowed) {
      metrics.rateLimitRefusals.inc("privacyPerClient");
      return Response.json(
        { error: `Too many requests. Please try again in ${allowed.retryAfterSeconds} seconds.` },
        { status: 429, headers: { ...noStore, "Retry-After": String(allowed.retryAfterSeconds) } },
      );
    }
    const result = await exportOwnOrder({ db, token, eventSlug: slug });
    if (!result) return Response.json({ error: "not found" }, { status: 404, headers: noStore });
    return new Response(JSON.stringify(result.document, null, 2), {
      headers: {
        ...noStore,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="order-${result.reference}.json"`,
      },
    });
  },
);
