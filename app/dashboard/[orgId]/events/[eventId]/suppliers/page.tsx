import type { Metadata } from "next";
import Link from "next/link";
import { ItemSupplierSelect } from "@/components/dashboard/suppliers/item-supplier-select";
import { RenewLinkButton } from "@/components/dashboard/suppliers/renew-link-button";
import { ResendButton } from "@/components/dashboard/suppliers/resend-button";
import { SendNowButton } from "@/components/dashboard/suppliers/send-now-button";
import { SharedFieldsForm } from "@/components/dashboard/suppliers/shared-fields-form";
import { formatShortDateTime } from "@/lib/format/date-time";
import { deliveryLabel } from "@/lib/mail/delivery-label";
import {
  assignItemSupplierAction,
  renewSupplierLinkAction,
  resendDispatchAction,
  sendSupplierBatchAction,
  setSharedFieldsAction,
} from "./actions";
import { loadEventSuppliers } from "./loaders";

export const metadata: Metadata = { title: "Suppliers" };

const scheduleLabel = {
  window_close: "when ordering closes",
  daily: "daily",
  manual: "when you press Send now",
} as const;

export default async function EventSuppliersPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const data = await loadEventSuppliers({ orgId, eventId });
  const ids = { orgId, eventId };
  const choices = data.suppliers.map((s) => ({ id: s.id, name: s.name }));
  return (
    <div className="space-y-8">
      <section aria-labelledby="assign-heading" className="space-y-4">
        <h2 id="assign-heading" className="text-xl font-bold text-slate-900">
          Who supplies what
        </h2>
        {data.suppliers.length === 0 ? (
          <p className="text-slate-700">
            No suppliers yet.{" "}
            <Link
              href={`/dashboard/${orgId}/suppliers/new`}
              className="font-semibold text-blue-800 underline"
            >
              Add a supplier
            </Link>{" "}
            first.
          </p>
        ) : data.items.length === 0 ? (
          <p className="text-slate-700">This event has no items yet.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {data.items.map((item) => (
              <li key={item.id} className="rounded-2xl border border-slate-200 bg-white p-4">
                <ItemSupplierSelect
                  ids={{ ...ids, itemId: item.id }}
                  itemName={item.name}
                  choices={choices}
                  current={item.supplierId}
                  action={assignItemSupplierAction}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.suppliers.map((s) => (
        <section
          key={s.id}
          aria-labelledby={`supplier-${s.id}`}
          className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id={`supplier-${s.id}`} className="text-lg font-bold text-slate-900">
              {s.name}
            </h2>
            <p className="text-sm text-slate-700">
              {s.dispatchMode === "immediate"
                ? "Receives each order as soon as it is confirmed"
                : `Receives a batch ${scheduleLabel[s.batchSchedule]}${s.batchSchedule === "daily" && s.dailyAt ? ` at ${s.dailyAt}` : ""}`}
              {` · Items: ${s.itemNames.length > 0 ? s.itemNames.join(", ") : "none at this event"}`}
            </p>
          </div>
          <SharedFieldsForm
            ids={{ ...ids, supplierId: s.id }}
            supplierName={s.name}
            fields={data.fields}
            chosen={s.sharedKeys}
            action={setSharedFieldsAction}
          />
          <div className="flex flex-wrap items-start gap-4">
            <Link
              href={`/dashboard/${orgId}/events/${eventId}/suppliers/${s.id}`}
              className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline underline-offset-2"
            >
              Preview what {s.name} receives
            </Link>
            {s.dispatchMode === "batch" ? (
              <SendNowButton
                ids={{ ...ids, supplierId: s.id }}
                supplierName={s.name}
                waiting={s.waitingLines}
                action={sendSupplierBatchAction}
              />
            ) : null}
            <RenewLinkButton
              ids={{ ...ids, supplierId: s.id }}
              supplierName={s.name}
              action={renewSupplierLinkAction}
            />
          </div>
        </section>
      ))}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-bold text-slate-900">
          Dispatch history
        </h2>
        {data.history.length === 0 ? (
          <p className="text-slate-700">Nothing has been sent to a supplier yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  When
                </th>
                <th scope="col" className="py-2 pr-4">
                  Supplier
                </th>
                <th scope="col" className="py-2 pr-4">
                  What
                </th>
                <th scope="col" className="py-2 pr-4">
                  Delivery
                </th>
                <th scope="col" className="py-2 pr-4">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.history.map((h) => (
                <tr key={h.id} className="border-b border-slate-200" data-testid="dispatch-row">
                  <td className="py-2 pr-4">
                    {formatShortDateTime(new Date(h.createdAt), data.event.timeZone)}
                  </td>
                  <td className="py-2 pr-4">{h.supplierName}</td>
                  <td className="py-2 pr-4">
                    {`${h.kind === "batch" ? "Batch" : "Order"}: ${h.orders} ${h.orders === 1 ? "order" : "orders"}, ${h.lines} ${h.lines === 1 ? "line" : "lines"}`}
                  </td>
                  <td className="py-2 pr-4">
                    {h.deliveries.map((d) => `${d.to}: ${deliveryLabel(d)}`).join("; ")}
                  </td>
                  <td className="py-2 pr-4">
                    <ResendButton
                      ids={{ ...ids, dispatchId: h.id }}
                      label={`Resend to ${h.supplierName}`}
                      action={resendDispatchAction}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
