"use client";

import Link from "next/link";
import { useState } from "react";
import type { OrderRow } from "@/lib/orders/manage/list-orders";
import { formatMoney } from "@/lib/format/money";
import { BulkStatusBar, type BulkChangeOrderStatus } from "./bulk-status-bar";
import { OrderStatusBadge } from "./order-status-badge";

/**
 * One page of orders. Names and emails arrive already masked when the member may not see them. With
 * "orders.manage", rows can be selected for a bulk status change; the selection is of this page only.
 */
export function OrdersTable({
  orgId,
  eventId,
  rows,
  bulkAction,
}: {
  orgId: string;
  eventId: string;
  rows: OrderRow[];
  /** Absent for members who may not change orders: no checkboxes then. */
  bulkAction?: BulkChangeOrderStatus;
}) {
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const selectable = bulkAction !== undefined;
  const allSelected = rows.length > 0 && rows.every((r) => selectedIds.has(r.id));
  const base = `/dashboard/${orgId}/events/${eventId}/orders`;

  const toggle = (id: string, on: boolean) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className="space-y-3">
      {bulkAction ? (
        <BulkStatusBar
          orgId={orgId}
          eventId={eventId}
          selected={rows.filter((r) => selectedIds.has(r.id)).map((r) => ({ id: r.id, status: r.status }))}
          references={new Map(rows.map((r) => [r.id, r.reference]))}
          action={bulkAction}
          onDone={() => setSelectedIds(new Set())}
        />
      ) : null}
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
        <table className="w-full min-w-[56rem] text-left text-sm" data-testid="orders-table">
          <caption className="sr-only">Orders of this event</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              {selectable ? (
                <th scope="col" className="w-12 px-4 py-3">
                  <input
                    type="checkbox"
                    aria-label="Select all orders on this page"
                    checked={allSelected}
                    onChange={(e) =>
                      setSelectedIds(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())
                    }
                    className="size-5 accent-blue-700"
                  />
                </th>
              ) : null}
              <th scope="col" className="px-4 py-3 font-semibold">
                Reference
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Placed
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Attendee
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Items
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Status
              </th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Total
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.id} className={selectedIds.has(row.id) ? "bg-blue-50" : undefined}>
                {selectable ? (
                  <td className="px-4 py-3">
                    <input
                      type="checkbox"
                      aria-label={`Select order ${row.reference}`}
                      checked={selectedIds.has(row.id)}
                      onChange={(e) => toggle(row.id, e.target.checked)}
                      className="size-5 accent-blue-700"
                    />
                  </td>
                ) : null}
                <th scope="row" className="px-4 py-3 font-normal">
                  <Link
                    href={`${base}/${row.id}`}
                    className="whitespace-nowrap font-mono font-semibold text-blue-800 underline-offset-2 hover:underline"
                  >
                    {row.reference}
                  </Link>
                </th>
                <td className="whitespace-nowrap px-4 py-3 tabular-nums">
                  <time dateTime={row.createdAt}>{row.createdLocal}</time>
                </td>
                <td className="px-4 py-3">
                  <span className="block font-semibold text-slate-900">{row.name}</span>
                  <span className="block text-slate-600">{row.email}</span>
                </td>
                <td className="px-4 py-3">{row.items}</td>
                <td className="px-4 py-3">
                  <OrderStatusBadge status={row.status} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
                  {formatMoney(row.totalMinor, row.currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
