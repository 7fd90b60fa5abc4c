import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { listSuppliersSchema } from "@/lib/suppliers/schemas";
import { getSupplier, listSuppliers } from "@/lib/suppliers/suppliers";
import { NotFoundError } from "@/lib/auth/errors";

/** The organisation's suppliers, a page at a time. Supplier addresses are business contacts, not attendees'. */
export const loadSuppliers = orgLoader({
  name: "loadSuppliers",
  permission: "suppliers.manage",
  input: listSuppliersSchema,
  load: async ({ db, member, input }) => listSuppliers({ db, orgId: member.orgId, page: input.page }),
});

export const loadSupplier = orgLoader({
  name: "loadSupplier",
  permission: "suppliers.manage",
  input: z.object({ orgId: z.uuid(), supplierId: z.uuid() }),
  load: async ({ db, member, input }) => {
    const supplier = await getSupplier({ db, orgId: member.orgId, supplierId: input.supplierId });
    if (!supplier) throw new NotFoundError("supplier");
    return { supplier };
  },
});
