"use server";

import { revalidatePath } from "next/cache";
import { publicAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/validation/action-result";
import { consumeRateLimit } from "@/lib/rate-limit/consume";
import { ratePolicy, waitText } from "@/lib/rate-limit/policies";
import { markSupplierOrder, supplierMarkRateKey, supplierMarkSchema } from "@/lib/suppliers/supplier-marks";
import { metrics } from "@/lib/observability/metrics";

/** A supplier marks its lines of an order shipped or ready for pickup from its private list (ADR 033). */
export const markSupplierOrderAction = publicAction({
  name: "markSupplierOrder",
  reason:
    "Suppliers have no account: the private link's token (checked, unexpired, not revoked) is the credential",
  input: supplierMarkSchema,
  run: async ({ db, input }) => {
    // Per link, before anything is looked up (ADR 012): the link is the supplier's only identity.
    const allowed = await consumeRateLimit(db, {
      key: supplierMarkRateKey(input.token),
      ...ratePolicy("supplierMarkPerLink"),
    });
    if (!allowed.allowed) {
      metrics.rateLimitRefusals.inc("supplierMarkPerLink");
      return fail(
        "rate_limited",
        `Too many changes through this link. Try again in ${waitText(allowed.retryAfterSeconds)}.`,
      );
    }
    const result = await markSupplierOrder(db, input);
    if (!result.ok) return fail(result.code, result.message);
    revalidatePath(`/supplier/${input.token}`);
    const words = result.to === "shipped" ? "shipped" : "ready for pickup";
    return ok(
      result.orderMoved
        ? `Order ${result.reference} is marked ${words}. The attendee has been emailed.`
        : `Order ${result.reference} is marked ${words} for your ${result.lines === 1 ? "line" : `${result.lines} lines`}; the rest of the order is not yours to mark. The attendee has been emailed.`,
    );
  },
});
