import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  outboxMessages,
  supplierDispatches,
  supplierDispatchLines,
  supplierDispatchMessages,
  suppliers,
  type Event,
  type Supplier,
} from "@/db/schema";
import { renderMessage } from "@/lib/mail/render";
import { loadBranding } from "@/lib/orders/order-details";
import { batchPayload, immediatePayload } from "./dispatch";
import { supplierCsv } from "./dispatch-content";
import { selectSupplierLines } from "./supplier-lines";

/**
 * "Preview what the supplier receives": the very email the dispatch would queue now, rendered by the outbox's
 * renderer. A batch supplier sees its next batch (the lines waiting); an immediate supplier its latest order.
 * With nothing to show yet, the preview says so instead of inventing data.
 */
export async function previewSupplierEmail({
  db,
  event,
  supplier,
}: {
  db: Db;
  event: Pick<Event, "id" | "orgId" | "name" | "slug" | "timeZone">;
  supplier: Supplier;
}) {
  if (supplier.dispatchMode === "batch") {
    const rows = await selectSupplierLines(db, {
      eventId: event.id,
      supplierId: supplier.id,
      undispatched: true,
    });
    if (rows.length === 0) return { kind: "batch" as const, email: null, csv: null };
    const payload = await batchPayload(db, { event, supplier, rows });
    const email = await renderMessage({ template: "supplier-batch", payload });
    return { kind: "batch" as const, email, csv: supplierCsv(payload.columns, payload.lines) };
  }
  const latest = await selectSupplierLines(db, {
    eventId: event.id,
    supplierId: supplier.id,
    undispatched: false,
  });
  const last = latest.at(-1);
  if (!last) return { kind: "immediate" as const, email: null, csv: null };
  const rows = latest.filter((r) => r.orderId === last.orderId);
  const { branding } = await loadBranding({ db, event });
  const payload = await immediatePayload(db, { event, supplier, rows, branding });
  return {
    kind: "immediate" as const,
    email: await renderMessage({ template: "supplier-order", payload }),
    csv: null,
  };
}

/** Dispatch history of an event, newest first: what went to whom, covering how much, and how delivery went. */
export async function dispatchHistory({
  db,
  eventId,
  limit = 50,
}: {
  db: Db;
  eventId: string;
  limit?: number;
}) {
  return db
    .select({
      id: supplierDispatches.id,
      supplierName: suppliers.name,
      kind: supplierDispatches.kind,
      trigger: supplierDispatches.trigger,
      createdAt: supplierDispatches.createdAt,
      lines:
        sql<number>`(select count(*) from ${supplierDispatchLines} l where l.dispatch_id = ${supplierDispatches.id})`.mapWith(
          Number,
        ),
      orders:
        sql<number>`(select count(distinct l.order_id) from ${supplierDispatchLines} l where l.dispatch_id = ${supplierDispatches.id})`.mapWith(
          Number,
        ),
      deliveries: sql<
        { to: string; status: string; deliveryStatus: string | null; deliveryDetail: string | null }[]
      >`(select coalesce(json_agg(json_build_object('to', m.to_address, 'status', m.status,
          'deliveryStatus', m.delivery_status, 'deliveryDetail', m.delivery_detail) order by m.to_address), '[]'::json)
        from ${supplierDispatchMessages} dm join ${outboxMessages} m on m.id = dm.outbox_message_id
        where dm.dispatch_id = ${supplierDispatches.id})`,
    })
    .from(supplierDispatches)
    .innerJoin(suppliers, eq(suppliers.id, supplierDispatches.supplierId))
    .where(and(eq(supplierDispatches.eventId, eventId)))
    .orderBy(desc(supplierDispatches.createdAt), desc(supplierDispatches.id))
    .limit(limit);
}
