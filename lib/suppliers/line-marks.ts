import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { itemSuppliers, orderLines, supplierDispatches, supplierDispatchLines } from "@/db/schema";
import type { LineForDecision, LineMark } from "./order-status-from-marks";

/**
 * The supplier's own marks on its dispatched lines (ADR 033). Callers hold the order row's lock, so what is
 * read here is what the last committed mark left.
 */

/** This supplier's lines of the order, received through a dispatch of this event, with their marks. */
export async function supplierLinesOfOrder(
  tx: Db,
  { orderId, supplierId, eventId }: { orderId: string; supplierId: string; eventId: string },
) {
  return tx
    .select({
      lineId: supplierDispatchLines.orderLineId,
      dispatchId: supplierDispatchLines.dispatchId,
      mark: supplierDispatchLines.mark,
      itemName: orderLines.itemName,
      variantLabel: orderLines.variantLabel,
      singleVariant: sql<boolean>`(select count(*) = 1 from variants as siblings where siblings.item_id = ${orderLines.itemId})`,
      quantity: orderLines.quantity,
    })
    .from(supplierDispatchLines)
    .innerJoin(supplierDispatches, eq(supplierDispatches.id, supplierDispatchLines.dispatchId))
    .innerJoin(orderLines, eq(orderLines.id, supplierDispatchLines.orderLineId))
    .where(
      and(
        eq(supplierDispatchLines.orderId, orderId),
        eq(supplierDispatches.supplierId, supplierId),
        eq(supplierDispatches.eventId, eventId),
      ),
    )
    .orderBy(orderLines.id);
}

/** Marks the given lines that carry no mark yet; returns the ids it marked. */
export async function recordLineMarks(
  tx: Db,
  {
    lineIds,
    mark,
    trackingNumber,
    carrier,
  }: { lineIds: string[]; mark: LineMark; trackingNumber: string; carrier: string },
): Promise<string[]> {
  if (lineIds.length === 0) return [];
  const rows = await tx
    .update(supplierDispatchLines)
    .set({
      mark,
      markedAt: sql`now()`,
      trackingNumber: trackingNumber || null,
      carrier: carrier || null,
    })
    .where(and(inArray(supplierDispatchLines.orderLineId, lineIds), isNull(supplierDispatchLines.mark)))
    .returning({ lineId: supplierDispatchLines.orderLineId });
  return rows.map((r) => r.lineId);
}

/**
 * Every line of the order as the status decision needs it: handled by a supplier when it was dispatched to
 * one or its item is assigned to one (a batch that has not gone out yet), else the organisers'.
 */
export async function orderLinesForDecision(tx: Db, orderId: string): Promise<LineForDecision[]> {
  const rows = await tx
    .select({
      dispatched: supplierDispatchLines.orderLineId,
      mark: supplierDispatchLines.mark,
      assigned: itemSuppliers.supplierId,
    })
    .from(orderLines)
    .leftJoin(supplierDispatchLines, eq(supplierDispatchLines.orderLineId, orderLines.id))
    .leftJoin(itemSuppliers, eq(itemSuppliers.itemId, orderLines.itemId))
    .where(eq(orderLines.orderId, orderId));
  return rows.map((r) =>
    r.dispatched !== null || r.assigned !== null
      ? { handledBy: "supplier", mark: r.mark }
      : { handledBy: "organisers" },
  );
}
