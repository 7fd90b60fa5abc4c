import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { items, itemSuppliers, suppliers, supplierSharedFields } from "@/db/schema";
import { getOrgEvent } from "@/lib/events/org-event";
import { eventShareableFields } from "./assignment";
import { selectSupplierLines } from "./supplier-lines";
import { dispatchHistory } from "./preview";

/**
 * The event's Suppliers tab: every supplier of the organisation with the fields it is shared here and the
 * lines waiting for its next batch, the event's items with their supplier, and the dispatch history.
 */
export async function eventSuppliersOverview({
  db,
  orgId,
  eventId,
}: {
  db: Db;
  orgId: string;
  eventId: string;
}) {
  const event = await getOrgEvent({ db, orgId, eventId });
  const [supplierRows, itemRows, fields, shared, history] = await Promise.all([
    db.select().from(suppliers).where(eq(suppliers.orgId, orgId)).orderBy(asc(suppliers.name)).limit(500),
    db
      .select({ id: items.id, name: items.name, supplierId: itemSuppliers.supplierId })
      .from(items)
      .leftJoin(itemSuppliers, eq(itemSuppliers.itemId, items.id))
      .where(and(eq(items.eventId, eventId), isNull(items.archivedAt)))
      .orderBy(asc(items.displayOrder), asc(items.createdAt)),
    eventShareableFields({ db, eventId }),
    db.select().from(supplierSharedFields).where(eq(supplierSharedFields.eventId, eventId)),
    dispatchHistory({ db, eventId }),
  ]);
  const keysBySupplier = new Map(shared.map((s) => [s.supplierId, s.fieldKeys]));
  const withPending = await Promise.all(
    supplierRows.map(async (s) => ({
      id: s.id,
      name: s.name,
      dispatchMode: s.dispatchMode,
      batchSchedule: s.batchSchedule,
      dailyAt: s.dailyAt,
      sharedKeys: keysBySupplier.get(s.id) ?? [],
      itemNames: itemRows.filter((i) => i.supplierId === s.id).map((i) => i.name),
      waitingLines: itemRows.some((i) => i.supplierId === s.id)
        ? (await selectSupplierLines(db, { eventId, supplierId: s.id, undispatched: true })).length
        : 0,
    })),
  );
  return {
    event: { id: event.id, name: event.name, timeZone: event.timeZone },
    suppliers: withPending,
    items: itemRows,
    fields: fields.map((f) => ({ key: f.key, label: f.label, personal: f.personal })),
    history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
  };
}
