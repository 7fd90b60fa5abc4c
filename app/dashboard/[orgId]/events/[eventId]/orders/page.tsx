import type { Metadata } from "next";
import Link from "next/link";
import { OrdersFilters } from "@/components/dashboard/orders/orders-filters";
import { OrdersPagination } from "@/components/dashboard/orders/orders-pagination";
import { OrdersTable } from "@/components/dashboard/orders/orders-table";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { toSearchParams } from "@/lib/orders/manage/order-filters";
import { bulkChangeOrderStatus } from "./actions";
import { loadOrdersTable } from "./loaders";

export const metadata: Metadata = { title: "Orders" };

/** The event's orders: search, filters, sort and keyset pages, all held in the URL. */
export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { orgId, eventId } = await params;
  const data = await loadOrdersTable({ ...(await searchParams), orgId, eventId });
  const { filters, page } = data;
  const base = `/dashboard/${orgId}/events/${eventId}/orders`;
  const href = (params: URLSearchParams) => (params.size > 0 ? `${base}?${params}` : base);
  const first = page.rows[0];
  const last = page.rows.at(-1);
  const previousHref =
    page.hasPrevious && first
      ? href(toSearchParams(filters, { cursor: { direction: "before", id: first.id } }))
      : null;
  const nextHref =
    page.hasNext && last
      ? href(toSearchParams(filters, { cursor: { direction: "after", id: last.id } }))
      : null;
  const exportParams = toSearchParams(filters, { keepSize: false });
  const exportHref = `${base}/export${exportParams.size > 0 ? `?${exportParams}` : ""}`;
  const filtered =
    filters.q !== undefined ||
    filters.status.length > 0 ||
    filters.item !== undefined ||
    filters.variant !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined;

  return (
    <div className="space-y-4" data-testid="orders-page">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-bold text-slate-900">Orders</h2>
        {data.canExport ? (
          <a
            href={exportHref}
            download
            className={buttonClassName({ variant: "secondary" })}
            data-testid="export-csv"
          >
            Export CSV{filtered ? " (filtered)" : ""}
          </a>
        ) : null}
      </div>
      {!data.canSeePersonal ? (
        <Alert tone="info">
          Names, emails and personal answers are masked for your role, and search matches order references
          only.
        </Alert>
      ) : null}
      <OrdersFilters
        action={base}
        filters={filters}
        options={data.options}
        canSeePersonal={data.canSeePersonal}
        timeZone={data.event.timeZone}
      />
      {page.rows.length === 0 ? (
        <EmptyState filtered={filtered} paged={filters.cursor !== undefined} clearHref={base} />
      ) : (
        <>
          <OrdersPagination
            previousHref={previousHref}
            nextHref={nextHref}
            total={page.total}
            shown={page.rows.length}
          />
          <OrdersTable
            // A new page or filter starts with nothing selected.
            key={href(toSearchParams(filters, { cursor: filters.cursor }))}
            orgId={orgId}
            eventId={eventId}
            rows={page.rows}
            bulkAction={data.canManage ? bulkChangeOrderStatus : undefined}
          />
          <OrdersPagination
            previousHref={previousHref}
            nextHref={nextHref}
            total={page.total}
            shown={page.rows.length}
          />
        </>
      )}
    </div>
  );
}

function EmptyState({
  filtered,
  paged,
  clearHref,
}: {
  filtered: boolean;
  paged: boolean;
  clearHref: string;
}) {
  return (
    <div
      className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center"
      data-testid="orders-empty"
    >
      <p className="font-semibold text-slate-900">
        {paged ? "No more orders here." : filtered ? "No orders match these filters." : "No orders yet."}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {filtered || paged ? (
          <Link href={clearHref} className="font-semibold text-blue-800 underline underline-offset-2">
            Show all orders
          </Link>
        ) : (
          "Orders appear here as soon as attendees place them."
        )}
      </p>
    </div>
  );
}
