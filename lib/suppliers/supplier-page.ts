import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderLines, orders, supplierDispatches, supplierDispatchLines, type OrderStatus } from "@/db/schema";
import type { LineMark as SupplierLineMark } from "./order-status-from-marks";
import { limits } from "@/lib/limits";
import { teamStatusLabel } from "@/lib/orders/manage/status-labels";
import { lineRowColumns, supplierView } from "./supplier-lines";

/**
 * The supplier's private list: every order line it received at the event (through any dispatch), grouped by
 * order with the supplier's own mark on its lines (ADR 033: not the order's status, which other suppliers'
 * lines also decide), and only the fields shared with it (supplierView decides).
 */
export async function supplierReceivedOrders(
  db: Db,
  { event, supplierId }: { event: { id: string; timeZone: string }; supplierId: string },
) {
  const { rows, columns, lines } = await supplierReceivedLines(db, { event, supplierId });
  return groupByOrder(rows, columns, lines);
}

/**
 * Every line the supplier received at the event, with only the shared fields: the page groups them by order,
 * the CSV download (app/supplier/[token]/csv) writes them one row each, like the batch email's CSV.
 */
export async function supplierReceivedLines(
  db: Db,
  { event, supplierId }: { event: { id: string; timeZone: string }; supplierId: string },
) {
  const rows = await db
    .select({
      ...lineRowColumns,
      status: orders.status,
      mark: supplierDispatchLines.mark,
      markedAt: supplierDispatchLines.markedAt,
      trackingNumber: supplierDispatchLines.trackingNumber,
      carrier: supplierDispatchLines.carrier,
    })
    .from(supplierDispatchLines)
    .innerJoin(supplierDispatches, eq(supplierDispatches.id, supplierDispatchLines.dispatchId))
    .innerJoin(orderLines, eq(orderLines.id, supplierDispatchLines.orderLineId))
    .innerJoin(orders, eq(orders.id, supplierDispatchLines.orderId))
    .where(and(eq(supplierDispatches.supplierId, supplierId), eq(supplierDispatches.eventId, event.id)))
    .orderBy(asc(orders.createdAt), asc(orders.id), asc(orderLines.id))
    .limit(limits.supplierBatchLinesMax);
  const { columns, lines } = await supplierView(db, { event, supplierId, rows });
  return { rows, columns, lines };
}

type Received = Awaited<ReturnType<typeof supplierReceivedLines>>;

function groupByOrder(rows: Received["rows"], columns: Received["columns"], lines: Received["lines"]) {
  const byOrder = new Map<
    string,
    {
      orderId: string;
      reference: string;
      status: OrderStatus;
      /** The supplier's mark on its lines of the order; null until it marked them. */
      mark: SupplierLineMark | null;
      markedAt: Date | null;
      /** "DHL 123" when it gave a carrier or tracking number. */
      tracking: string;
      placedAt: string;
      lines: typeof lines;
      values: string[];
    }
  >();
  rows.forEach((row, i) => {
    const line = lines[i]!;
    const entry = byOrder.get(row.orderId) ?? {
      orderId: row.orderId,
      reference: row.reference,
      status: row.status,
      mark: row.mark,
      markedAt: row.markedAt,
      tracking: [row.carrier, row.trackingNumber].filter(Boolean).join(" "),
      placedAt: line.placedAt,
      lines: [],
      values: line.values,
    };
    // A line still unmarked (received after the others were marked) makes the order markable again.
    if (row.mark === null) entry.mark = null;
    entry.lines.push(line);
    byOrder.set(row.orderId, entry);
  });
  return { columns: columns.map((c) => ({ label: c.label })), orders: [...byOrder.values()] };
}

/**
 * What the supplier reads beside an order: its own mark with tracking, or why there is nothing to mark
 * (cancelled, or the organisers already finished the order by hand).
 */
export function supplierMarkLabel(order: {
  status: OrderStatus;
  mark: SupplierLineMark | null;
  tracking: string;
}) {
  if (order.mark) {
    const words = order.mark === "shipped" ? "Shipped" : "Ready for pickup";
    return order.tracking ? `${words} (${order.tracking})` : words;
  }
  if (order.status === "confirmed" || order.status === "sent_to_supplier") return "Not marked yet";
  return `Order ${teamStatusLabel(order.status).toLowerCase()}`;
}
