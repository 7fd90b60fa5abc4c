import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * The event overview's fulfilment table (issue 12): per supplier, how many order lines are waiting (no
 * dispatch yet), dispatched (the supplier has them), shipped or collected. Cancelled orders are left out.
 * Shipped counts the supplier's own line marks (ADR 033: one supplier's mark is not the whole order's), and
 * lines of orders the organisers moved to shipped or delivered; collected is the order's status, because
 * collecting is a desk action on the whole order. A dispatched line counts for the supplier it went to, even if the item changed
 * supplier since; a line nobody supplies is the organisers' own (`supplierId` null).
 * One grouped query over the event's lines, whatever the number of suppliers.
 */
export type SupplierProgress = {
  supplierId: string | null;
  supplierName: string | null;
  waiting: number;
  dispatched: number;
  shipped: number;
  collected: number;
};

export async function supplierProgress({
  db,
  eventId,
}: {
  db: Db;
  eventId: string;
}): Promise<SupplierProgress[]> {
  const result = await db.execute<{
    supplier_id: string | null;
    supplier_name: string | null;
    waiting: number;
    dispatched: number;
    shipped: number;
    collected: number;
  }>(sql`
    select s.id as supplier_id, s.name as supplier_name,
      count(*) filter (where dl.order_line_id is null and o.status not in ('shipped', 'delivered', 'collected'))::int as waiting,
      count(*) filter (where dl.order_line_id is not null and dl.mark is distinct from 'shipped' and o.status not in ('shipped', 'delivered', 'collected'))::int as dispatched,
      count(*) filter (where o.status <> 'collected' and (dl.mark = 'shipped' or o.status in ('shipped', 'delivered')))::int as shipped,
      count(*) filter (where o.status = 'collected')::int as collected
    from order_lines ol
    join orders o on o.id = ol.order_id
    left join supplier_dispatch_lines dl on dl.order_line_id = ol.id
    left join supplier_dispatches d on d.id = dl.dispatch_id
    left join item_suppliers isup on isup.item_id = ol.item_id
    left join suppliers s on s.id = coalesce(d.supplier_id, isup.supplier_id)
    where o.event_id = ${eventId} and o.status <> 'cancelled'
    group by s.id, s.name
    order by s.name nulls last`);
  return result.rows.map((r) => ({
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    waiting: Number(r.waiting),
    dispatched: Number(r.dispatched),
    shipped: Number(r.shipped),
    collected: Number(r.collected),
  }));
}
