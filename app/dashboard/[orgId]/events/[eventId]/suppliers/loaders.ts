import "server-only";
import { z } from "zod";
import { orgLoader } from "@/lib/actions/define";
import { NotFoundError } from "@/lib/auth/errors";
import { getOrgEvent } from "@/lib/events/org-event";
import { itemSupplierId } from "@/lib/suppliers/assignment";
import { eventSuppliersOverview } from "@/lib/suppliers/event-suppliers";
import { previewSupplierEmail } from "@/lib/suppliers/preview";
import { getSupplier, supplierChoices } from "@/lib/suppliers/suppliers";
import { and, eq } from "drizzle-orm";
import { items } from "@/db/schema";

const eventInput = z.object({ orgId: z.uuid(), eventId: z.uuid() });

/** The event's Suppliers tab. Supplier addresses are business contacts; no attendee data is loaded here. */
export const loadEventSuppliers = orgLoader({
  name: "loadEventSuppliers",
  permission: "suppliers.manage",
  input: eventInput,
  load: async ({ db, member, input }) =>
    eventSuppliersOverview({ db, orgId: member.orgId, eventId: input.eventId }),
});

/**
 * Exactly what a supplier would receive now. It can hold attendees' personal data (the fields shared with
 * the supplier), so it needs personal-data access as well as supplier management.
 */
export const loadSupplierPreview = orgLoader({
  name: "loadSupplierPreview",
  permission: "suppliers.manage",
  input: eventInput.extend({ supplierId: z.uuid() }),
  load: async ({ db, member, input }) => {
    if (!member.can("personalData.view")) throw new NotFoundError("supplier");
    const event = await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    const supplier = await getSupplier({ db, orgId: member.orgId, supplierId: input.supplierId });
    if (!supplier) throw new NotFoundError("supplier");
    const preview = await previewSupplierEmail({ db, event, supplier });
    return { supplier: { id: supplier.id, name: supplier.name, emails: supplier.emails }, preview };
  },
});

/** The supplier chooser on an item's page: the organisation's suppliers and the item's current one. */
export const loadItemSupplier = orgLoader({
  name: "loadItemSupplier",
  permission: "suppliers.manage",
  input: eventInput.extend({ itemId: z.uuid() }),
  load: async ({ db, member, input }) => {
    await getOrgEvent({ db, orgId: member.orgId, eventId: input.eventId });
    // input.itemId is already a UUID (the input schema), so it can go straight into the query.
    const [item] = await db
      .select({ id: items.id })
      .from(items)
      .where(and(eq(items.id, input.itemId), eq(items.eventId, input.eventId)));
    if (!item) throw new NotFoundError("item");
    const [choices, supplierId] = await Promise.all([
      supplierChoices({ db, orgId: member.orgId }),
      itemSupplierId({ db, itemId: item.id }),
    ]);
    return { choices, supplierId };
  },
});
