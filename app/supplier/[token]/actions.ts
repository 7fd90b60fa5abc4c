"use server";

import { revalidatePath } from "next/cache";
import { publicAction } from "@/lib/actions/define";
import { fail, ok } from "@/lib/validation/action-result";
import { markSupplierOrder, supplierMarkSchema } from "@/lib/suppliers/supplier-marks";

/** A supplier marks an order shipped or ready for pickup from its private list. */
export const markSupplierOrderAction = publicAction({
  name: "markSupplierOrder",
  reason:
    "Suppliers have no account: the private link's token (checked, unexpired, not revoked) is the credential",
  input: supplierMarkSchema,
  run: async ({ db, input }) => {
    const result = await markSupplierOrder(db, input);
    if (!result.ok) return fail(result.code, result.message);
    revalidatePath(`/supplier/${input.token}`);
    return ok(
      `Order ${result.reference} is marked ${result.to === "shipped" ? "shipped" : "ready for pickup"}. The attendee has been emailed.`,
    );
  },
});
