import { getDb } from "@/db/client";
import { waitText } from "@/lib/rate-limit/policies";
import { supplierListCsv } from "@/lib/suppliers/supplier-list-csv";

/**
 * The supplier's list as a CSV download (no account: the private link's token is the credential). A
 * tampered, expired or revoked token is a bare 404 that reveals nothing; too many downloads through one
 * link a 429 with Retry-After.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await supplierListCsv(getDb(), token);
  const privateHeaders = {
    "cache-control": "no-store",
    "x-robots-tag": "noindex",
    "referrer-policy": "no-referrer",
  };
  if (result.kind === "not_found") return new Response("Not found", { status: 404, headers: privateHeaders });
  if (result.kind === "rate_limited") {
    return new Response(
      `Too many downloads through this link. Try again in ${waitText(result.retryAfterSeconds)}.`,
      {
        status: 429,
        headers: { ...privateHeaders, "retry-after": String(result.retryAfterSeconds) },
      },
    );
  }
  return new Response(result.body, {
    headers: {
      ...privateHeaders,
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.filename}"`,
    },
  });
}
