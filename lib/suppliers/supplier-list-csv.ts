import "server-only";
import type { Db } from "@/db/client";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy } from "@/lib/rate-limit/policies";
import { hashToken } from "@/lib/crypto/hmac-token";
import { supplierCsv } from "./dispatch-content";
import { resolveSupplierLink } from "./supplier-link";
import { supplierReceivedLines } from "./supplier-page";

/** The download's own counter, named by the token's hash (never the credential), with the marks' policy. */
export function supplierCsvRateKey(token: string): string {
  return `supplier-csv:link:${hashToken(token)}`;
}

export type SupplierCsvDownload =
  | { kind: "csv"; filename: string; body: string }
  | { kind: "not_found" }
  | { kind: "rate_limited"; retryAfterSeconds: number };

/**
 * The supplier's list as a CSV (issue 12): the same link check as the page (tampered, expired or revoked is
 * not found), the same lines, and the same columns and shared-field selection as the batch email's CSV
 * (supplierCsv), so an unshared personal field cannot appear. Counted per link before anything is looked up.
 */
export async function supplierListCsv(db: Db, token: string): Promise<SupplierCsvDownload> {
  const allowed = await consumeRateLimit(db, {
    key: supplierCsvRateKey(token),
    ...ratePolicy("supplierMarkPerLink"),
  });
  if (!allowed.allowed) return { kind: "rate_limited", retryAfterSeconds: allowed.retryAfterSeconds };
  const link = await resolveSupplierLink(db, token);
  if (!link) return { kind: "not_found" };
  const { columns, lines } = await supplierReceivedLines(db, {
    event: link.event,
    supplierId: link.supplier.id,
  });
  const safe = (s: string) =>
    s
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "supplier";
  return {
    kind: "csv",
    filename: `${link.event.slug}-${safe(link.supplier.name)}-orders.csv`,
    body: supplierCsv(columns, lines),
  };
}
