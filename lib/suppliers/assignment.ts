import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formVersions, items, itemSuppliers, supplierSharedFields } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { getOrgEvent } from "@/lib/events/org-event";
import { formColumns } from "@/lib/orders/manage/export-csv";
import { isUuid } from "@/lib/format/uuid";
import { reject } from "@/lib/validation/action-result";
import { shareableFields, sharedColumns, type SharedColumn } from "./shared-fields";
import { requireSupplier } from "./suppliers";

type Actor = { orgId: string; userId: string };

/** The supplier of an item, or null when the organisers fulfil it. */
export async function itemSupplierId({ db, itemId }: { db: Db; itemId: string }): Promise<string | null> {
  const [row] = await db.select().from(itemSuppliers).where(eq(itemSuppliers.itemId, itemId));
  return row?.supplierId ?? null;
}

/**
 * Gives an item to a supplier (replacing any earlier one: an item has at most one) or back to the organisers.
 * The item must be the event's and the event the organisation's; the supplier the organisation's.
 */
export async function assignItemSupplier({
  db,
  actor,
  eventId,
  itemId,
  supplierId,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemId: string;
  supplierId: string | null;
}) {
  return db.transaction(async (tx) => {
    await getOrgEvent({ db: tx, orgId: actor.orgId, eventId });
    const [item] = isUuid(itemId)
      ? await tx
          .select({ id: items.id, name: items.name })
          .from(items)
          .where(and(eq(items.id, itemId), eq(items.eventId, eventId)))
      : [];
    if (!item) reject("not_found", "This item does not exist.");
    const supplier = supplierId ? await requireSupplier({ db: tx, orgId: actor.orgId, supplierId }) : null;

    if (supplier) {
      await tx
        .insert(itemSuppliers)
        .values({ itemId: item.id, supplierId: supplier.id })
        .onConflictDoUpdate({ target: itemSuppliers.itemId, set: { supplierId: supplier.id } });
    } else {
      await tx.delete(itemSuppliers).where(eq(itemSuppliers.itemId, item.id));
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "supplier.items_assigned",
      targetType: "item",
      targetId: item.id,
      details: { supplierId: supplier?.id ?? null },
    });
    return { itemName: item.name, supplierName: supplier?.name ?? null };
  });
}

/** The fields an organiser can share for an event: the attendee's name and email, then every form field ever used. */
export async function eventShareableFields({
  db,
  eventId,
}: {
  db: Db;
  eventId: string;
}): Promise<SharedColumn[]> {
  const versions = await db
    .select({ version: formVersions.version, fields: formVersions.fields })
    .from(formVersions)
    .where(eq(formVersions.eventId, eventId))
    .orderBy(asc(formVersions.version));
  return shareableFields(formColumns(versions));
}

/** The keys chosen for a supplier at an event; nothing chosen means nothing personal is shared. */
export async function chosenFieldKeys({
  db,
  supplierId,
  eventId,
}: {
  db: Db;
  supplierId: string;
  eventId: string;
}): Promise<string[]> {
  const [row] = await db
    .select({ keys: supplierSharedFields.fieldKeys })
    .from(supplierSharedFields)
    .where(and(eq(supplierSharedFields.supplierId, supplierId), eq(supplierSharedFields.eventId, eventId)));
  return row?.keys ?? [];
}

/** The shared columns of a supplier at an event, in the form's order. */
export async function supplierColumns(args: { db: Db; supplierId: string; eventId: string }) {
  // One after the other: callers pass a transaction, and one connection runs one query at a time.
  const available = await eventShareableFields(args);
  const chosen = await chosenFieldKeys(args);
  return sharedColumns(available, chosen);
}

/** Chooses the shared fields; a key that is not a field of the event is refused, naming it. */
export async function setSharedFields({
  db,
  actor,
  eventId,
  supplierId,
  fieldKeys,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  supplierId: string;
  fieldKeys: string[];
}) {
  return db.transaction(async (tx) => {
    await getOrgEvent({ db: tx, orgId: actor.orgId, eventId });
    const supplier = await requireSupplier({ db: tx, orgId: actor.orgId, supplierId });
    const available = await eventShareableFields({ db: tx, eventId });
    const known = new Set(available.map((c) => c.key));
    const unknown = fieldKeys.filter((k) => !known.has(k));
    if (unknown.length > 0) {
      const message = `Not a field of this event's form: ${unknown.slice(0, 3).join(", ")}`;
      reject("invalid_input", message, { fieldKeys: [message] });
    }
    const keys = sharedColumns(available, fieldKeys).map((c) => c.key);
    await tx
      .insert(supplierSharedFields)
      .values({ supplierId: supplier.id, eventId, fieldKeys: keys })
      .onConflictDoUpdate({
        target: [supplierSharedFields.supplierId, supplierSharedFields.eventId],
        set: { fieldKeys: keys, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "supplier.fields_shared",
      targetType: "supplier",
      targetId: supplier.id,
      details: { eventId, fieldKeys: keys },
    });
    return { supplierName: supplier.name, count: keys.length };
  });
}

/**
 * "Same as last year" keeps who supplies what: each copied item keeps its supplier, and each supplier keeps
 * the fields it was shared at the source event. Called by duplicate-event inside its transaction.
 */
export async function copySupplierAssignments(
  tx: Db,
  {
    sourceEventId,
    targetEventId,
    itemIds,
  }: { sourceEventId: string; targetEventId: string; itemIds: ReadonlyMap<string, string> },
): Promise<void> {
  if (itemIds.size > 0) {
    const assigned = await tx
      .select()
      .from(itemSuppliers)
      .where(inArray(itemSuppliers.itemId, [...itemIds.keys()]));
    if (assigned.length > 0) {
      await tx
        .insert(itemSuppliers)
        .values(assigned.map((a) => ({ itemId: itemIds.get(a.itemId)!, supplierId: a.supplierId })));
    }
  }
  const shared = await tx
    .select()
    .from(supplierSharedFields)
    .where(eq(supplierSharedFields.eventId, sourceEventId));
  if (shared.length > 0) {
    await tx
      .insert(supplierSharedFields)
      .values(
        shared.map((s) => ({ supplierId: s.supplierId, eventId: targetEventId, fieldKeys: s.fieldKeys })),
      );
  }
}
