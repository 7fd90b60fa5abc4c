import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { SupplierOrderMarks } from "@/components/supplier/supplier-order-marks";
import { resolveSupplierLink } from "@/lib/suppliers/supplier-link";
import { supplierMarkLabel, supplierReceivedOrders } from "@/lib/suppliers/supplier-page";
import { markSupplierOrderAction } from "./actions";

export const metadata: Metadata = {
  title: "Your orders",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * The supplier's private list (no account): the orders it received for the event, only the shared fields,
 * its own mark on its lines of each (not the order's status: other suppliers' lines decide that too, ADR 033)
 * and a way to mark them shipped or ready for pickup. A tampered, expired or revoked link is a plain 404.
 */
export default async function SupplierListPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const db = getDb();
  const link = await resolveSupplierLink(db, token);
  if (!link) notFound();
  const list = await supplierReceivedOrders(db, { event: link.event, supplierId: link.supplier.id });
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <header>
        <p className="text-sm text-slate-700">{link.event.name}</p>
        <h1 className="text-2xl font-bold text-slate-900">{`Orders for ${link.supplier.name}`}</h1>
        {list.orders.length > 0 ? (
          <a
            href={`/supplier/${token}/csv`}
            download
            className="mt-2 inline-flex min-h-11 items-center font-semibold text-blue-800 underline underline-offset-2"
          >
            Download as CSV
          </a>
        ) : null}
      </header>
      {list.orders.length === 0 ? (
        <p className="text-slate-700">No orders yet.</p>
      ) : (
        <ul className="space-y-4">
          {list.orders.map((order) => (
            <li
              key={order.orderId}
              className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4"
              data-testid="supplier-order"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-bold">{order.reference}</h2>
                <span className="text-sm font-semibold" data-testid="supplier-order-status">
                  {supplierMarkLabel(order)}
                </span>
              </div>
              <p className="text-sm text-slate-700">{`Placed ${order.placedAt}`}</p>
              <ul className="text-sm">
                {order.lines.map((line, i) => (
                  <li key={i}>{`${line.quantity} × ${line.itemName} (${line.variantLabel})`}</li>
                ))}
              </ul>
              {list.columns.length > 0 ? (
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                  {list.columns.map((c, i) => (
                    <div key={c.label} className="contents">
                      <dt className="font-semibold">{c.label}</dt>
                      <dd>{order.values[i] || "—"}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              <SupplierOrderMarks
                token={token}
                orderId={order.orderId}
                reference={order.reference}
                markable={
                  order.mark === null && (order.status === "confirmed" || order.status === "sent_to_supplier")
                }
                action={markSupplierOrderAction}
              />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
