import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderLines, supplierDispatches, supplierDispatchLines, suppliers } from "@/db/schema";
import type { LineMark } from "./order-status-from-marks";

export type OrderSupplierMark = {
  supplierName: string;
  itemName: string;
  variantLabel: string;
  quantity: number;
  mark: LineMark | null;
  markedAt: Date | null;
  /** "DHL 123", or "" when the supplier gave neither carrier nor tracking number. */
  tracking: string;
};

/**
 * Each dispatched line of one order with its supplier's own mark (ADR 033), for the dashboard's order detail:
 * when marks differ the order waits for the organisers, who decide from this. The caller has already checked
 * that the order belongs to the member's organisation.
 */
export async function orderSupplierMarks({ db, orderId }: { db: Db; orderId: string }) {
  const rows = await db
    .select({
      supplierName: suppliers.name,
      itemName: orderLines.itemName,
      variantLabel: orderLines.variantLabel,
      quantity: orderLines.quantity,
      mark: supplierDispatchLines.mark,
      markedAt: supplierDispatchLines.markedAt,
      carrier: supplierDispatchLines.carrier,
      trackingNumber: supplierDispatchLines.trackingNumber,
    })
    .from(supplierDispatchLines)
    .innerJoin(supplierDispatches, eq(supplierDispatches.id, supplierDispatchLines.dispatchId))
    .innerJoin(suppliers, eq(suppliers.id, supplierDispatches.supplierId))
    .innerJoin(orderLines, eq(orderLines.id, supplierDispatchLines.orderLineId))
    .where(eq(supplierDispatchLines.orderId, orderId))
    .orderBy(asc(suppliers.name), asc(orderLines.itemName), asc(orderLines.variantLabel));
  return rows.map(({ carrier, trackingNumber, ...r }): OrderSupplierMark => ({
    ...r,
    tracking: [carrier, trackingNumber].filter(Boolean).join(" "),
  }));
}

/** Supplier names for history actors written as "supplier:{id}", so the history says who marked. */
export async function supplierNamesById(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: suppliers.id, name: suppliers.name })
    .from(suppliers)
    .where(inArray(suppliers.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
