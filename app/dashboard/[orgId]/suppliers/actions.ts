"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define";
import { ok } from "@/lib/validation/action-result";
import { createSupplierSchema, supplierRefSchema, updateSupplierSchema } from "@/lib/suppliers/schemas";
import { createSupplier, deleteSupplier, updateSupplier } from "@/lib/suppliers/suppliers";

const suppliersPath = (orgId: string) => `/dashboard/${orgId}/suppliers`;

export const createSupplierAction = orgAction({
  name: "createSupplier",
  permission: "suppliers.manage",
  input: createSupplierSchema,
  run: async ({ db, actor, member, input }) => {
    const supplier = await createSupplier({ db, actor, fields: input });
    revalidatePath(suppliersPath(member.orgId), "layout");
    return ok(`Added ${supplier.name}.`, { supplierId: supplier.id });
  },
});

export const updateSupplierAction = orgAction({
  name: "updateSupplier",
  permission: "suppliers.manage",
  input: updateSupplierSchema,
  run: async ({ db, actor, member, input }) => {
    const supplier = await updateSupplier({
      db,
      actor,
      supplierId: input.supplierId,
      fields: input,
    });
    revalidatePath(suppliersPath(member.orgId), "layout");
    return ok(`Saved ${supplier.name}.`);
  },
});

export const deleteSupplierAction = orgAction({
  name: "deleteSupplier",
  permission: "suppliers.manage",
  input: supplierRefSchema,
  run: async ({ db, actor, member, input }) => {
    const supplier = await deleteSupplier({ db, actor, supplierId: input.supplierId });
    revalidatePath(suppliersPath(member.orgId), "layout");
    return ok(`Deleted ${supplier.name}. Its items are now fulfilled by the organisers.`);
  },
});
