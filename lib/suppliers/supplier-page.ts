import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderLines, orders, supplierDispatches, supplierDispatchLines, type OrderStatus } from "@/db/schema";
import { limits } from "@/lib/limits";
import { lineRowColumns, supplierView } from "./supplier-lines";

/**
 * The supplier's private list: every order line it received at the event (through any dispatch), grouped by
 * order with the order's current status, and only the fields shared with it (supplierView decides).
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
    .select({ ...lineRowColumns, status: orders.status })
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
      placedAt: line.placedAt,
      lines: [],
      values: line.values,
    };
    entry.lines.push(line);
    byOrder.set(row.orderId, entry);
  });
  return { columns: columns.map((c) => ({ label: c.label })), orders: [...byOrder.values()] };
}
