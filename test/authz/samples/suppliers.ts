import { eq } from "drizzle-orm";
import { itemSuppliers, orders, supplierDispatches, suppliers } from "@/db/schema";
import { dispatchConfirmedOrder } from "@/lib/suppliers/dispatch";
import type { Db } from "@/db/client";
import type { SampleTable } from "../samples";
import type { World } from "../world";

const org = "app/dashboard/[orgId]/suppliers";
const fields = {
  name: "Print Shop",
  emails: "orders@print.example",
  note: "",
  dispatchMode: "batch",
  batchSchedule: "manual",
  dailyAt: "",
};

/** A supplier of organisation B for the sample to act on. */
export async function supplierOfB(
  w: World,
  db: Db,
  name = "Sample supplier",
  dispatchMode: "immediate" | "batch" = "immediate",
): Promise<string> {
  const [row] = await db
    .insert(suppliers)
    .values({
      orgId: w.b.orgId,
      name: `${name} ${crypto.randomUUID().slice(0, 6)}`,
      emails: ["s@example.com"],
      dispatchMode,
    })
    .returning({ id: suppliers.id });
  return row!.id;
}

const ev = "app/dashboard/[orgId]/events/[eventId]/suppliers";
const eventRef = (w: World) => ({ orgId: w.b.orgId, eventId: w.b.eventId });

export const samples: SampleTable = {
  [`${ev}/loaders.ts#loadEventSuppliers`]: (w) => eventRef(w),
  [`${ev}/loaders.ts#loadSupplierPreview`]: async (w, db) => ({
    ...eventRef(w),
    supplierId: await supplierOfB(w, db),
  }),
  [`${ev}/loaders.ts#loadItemSupplier`]: (w) => ({ ...eventRef(w), itemId: w.b.itemId }),
  [`${ev}/actions.ts#assignItemSupplierAction`]: async (w, db) => ({
    ...eventRef(w),
    itemId: w.b.itemId,
    supplierId: await supplierOfB(w, db),
  }),
  [`${ev}/actions.ts#setSharedFieldsAction`]: async (w, db) => ({
    ...eventRef(w),
    supplierId: await supplierOfB(w, db),
    fieldKeys: ["attendee.name", "dietary_needs"],
  }),
  [`${ev}/actions.ts#renewSupplierLinkAction`]: async (w, db) => ({
    ...eventRef(w),
    supplierId: await supplierOfB(w, db),
  }),
  [`${ev}/actions.ts#resendDispatchAction`]: async (w, db) => {
    const supplierId = await supplierOfB(w, db, "Resend supplier");
    await db.insert(itemSuppliers).values({ itemId: w.b.itemId, supplierId });
    // Only confirmed orders reach suppliers; this world's order is B's alone.
    await db.update(orders).set({ status: "confirmed" }).where(eq(orders.id, w.b.orderId));
    await db.transaction((tx) =>
      dispatchConfirmedOrder(tx, {
        event: { ...w.b.fixture.event },
        orderId: w.b.orderId,
      }),
    );
    const [dispatch] = await db
      .select({ id: supplierDispatches.id })
      .from(supplierDispatches)
      .where(eq(supplierDispatches.supplierId, supplierId));
    return { ...eventRef(w), dispatchId: dispatch!.id };
  },
  [`${ev}/actions.ts#sendSupplierBatchAction`]: async (w, db) => ({
    ...eventRef(w),
    supplierId: await supplierOfB(w, db, "Batch supplier", "batch"),
    idempotencyKey: crypto.randomUUID(),
  }),
  [`${org}/loaders.ts#loadSuppliers`]: (w) => ({ orgId: w.b.orgId }),
  [`${org}/loaders.ts#loadSupplier`]: async (w, db) => ({
    orgId: w.b.orgId,
    supplierId: await supplierOfB(w, db),
  }),
  [`${org}/actions.ts#createSupplierAction`]: (w) => ({ orgId: w.b.orgId, ...fields }),
  [`${org}/actions.ts#updateSupplierAction`]: async (w, db) => ({
    orgId: w.b.orgId,
    supplierId: await supplierOfB(w, db),
    ...fields,
  }),
  [`${org}/actions.ts#deleteSupplierAction`]: async (w, db) => ({
    orgId: w.b.orgId,
    supplierId: await supplierOfB(w, db),
  }),
};
