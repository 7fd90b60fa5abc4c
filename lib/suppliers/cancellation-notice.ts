import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  events,
  orderLines,
  orders,
  suppliers,
  supplierDispatches,
  supplierDispatchLines,
} from "@/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { loadBranding } from "@/lib/orders/order-details";

/**
 * An order was cancelled: every supplier that already received some of its lines is told, in the same
 * transaction (so the notice exists exactly when the cancellation does), with only its own lines. Suppliers
 * that never received the order hear nothing.
 */
export async function notifySuppliersOfCancellation(
  tx: Db,
  { orderId }: { orderId: string },
): Promise<number> {
  const received = await tx
    .select({
      supplier: suppliers,
      reference: orders.reference,
      event: { id: events.id, name: events.name, slug: events.slug },
      itemName: orderLines.itemName,
      variantLabel: orderLines.variantLabel,
      quantity: orderLines.quantity,
    })
    .from(supplierDispatchLines)
    .innerJoin(supplierDispatches, eq(supplierDispatches.id, supplierDispatchLines.dispatchId))
    .innerJoin(suppliers, eq(suppliers.id, supplierDispatches.supplierId))
    .innerJoin(orderLines, eq(orderLines.id, supplierDispatchLines.orderLineId))
    .innerJoin(orders, eq(orders.id, supplierDispatchLines.orderId))
    .innerJoin(events, eq(events.id, orders.eventId))
    .where(eq(supplierDispatchLines.orderId, orderId))
    .orderBy(asc(suppliers.id), asc(orderLines.id));
  if (received.length === 0) return 0;
  const { branding } = await loadBranding({ db: tx, event: received[0]!.event });
  const bySupplier = new Map<string, typeof received>();
  for (const row of received)
    bySupplier.set(row.supplier.id, [...(bySupplier.get(row.supplier.id) ?? []), row]);
  let sent = 0;
  for (const rows of bySupplier.values()) {
    const { supplier, reference, event } = rows[0]!;
    for (const to of supplier.emails) {
      await enqueueEmail(tx, {
        eventId: event.id,
        template: "supplier-order-cancelled",
        to,
        payload: {
          branding,
          supplierName: supplier.name,
          order: {
            reference,
            lines: rows.map((r) => ({
              itemName: r.itemName,
              variantLabel: r.variantLabel,
              quantity: r.quantity,
            })),
          },
        },
      });
      sent += 1;
    }
  }
  return sent;
}
