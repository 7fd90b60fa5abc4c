import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { KeyNumbers } from "@/components/dashboard/overview/key-numbers";
import { NoOrdersYet } from "@/components/dashboard/overview/no-orders-yet";
import { OrdersChart } from "@/components/dashboard/overview/orders-chart";
import { SectionCard } from "@/components/dashboard/section-card";
import { SizeDistribution } from "@/components/dashboard/overview/size-distribution";
import { StockTable } from "@/components/dashboard/overview/stock-table";
import { SupplierProgressTable } from "@/components/dashboard/overview/supplier-progress-table";
import { loadEventOverview } from "./loaders";

export const metadata: Metadata = { title: "Overview" };

/** The event's overview: key numbers, orders per day, stock per variant and sizes. Counts only. */
export default async function EventOverviewPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
}) {
  const { orgId, eventId } = await params;
  const overview = await loadEventOverview({ orgId, eventId });
  if (overview.deskOnly) redirect(`/dashboard/${orgId}/events/${eventId}/desk`);
  const itemsHref = overview.canManageItems ? `/dashboard/${orgId}/events/${eventId}/items` : null;
  const hasOrders = overview.numbers.orders > 0 || overview.numbers.cancelled > 0;

  return (
    <div className="space-y-6" data-testid="event-overview">
      <KeyNumbers numbers={overview.numbers} />

      <SectionCard id="orders-over-time" title="Orders over time">
        {hasOrders && overview.series ? (
          <OrdersChart series={overview.series} timeZone={overview.event.timeZone} />
        ) : (
          <NoOrdersYet status={overview.event.status} shopUrl={overview.shopUrl} itemsHref={itemsHref} />
        )}
      </SectionCard>

      {overview.suppliers && overview.suppliers.length > 0 ? (
        <SectionCard
          id="fulfilment"
          title="Lines per supplier"
          description="Order lines of orders that are not cancelled: waiting for a dispatch, with the supplier, shipped or collected."
        >
          <SupplierProgressTable rows={overview.suppliers} />
        </SectionCard>
      ) : null}

      <div className="grid gap-6 xl:grid-cols-3">
        <SectionCard
          id="stock"
          title="Stock left per variant"
          description="Ordered counts every order that is not cancelled; left is what attendees can still order."
          className="xl:col-span-2"
        >
          {overview.stock.length > 0 ? (
            <StockTable items={overview.stock} />
          ) : (
            <p className="text-sm text-slate-600">
              This event has no items yet.{" "}
              {itemsHref ? (
                <Link href={itemsHref} className="font-semibold text-blue-800 underline underline-offset-2">
                  Add items
                </Link>
              ) : null}
            </p>
          )}
        </SectionCard>

        <SectionCard
          id="sizes"
          title="Size distribution"
          description="Units ordered per size, across every item that comes in more than one size."
        >
          {overview.sizes.length === 0 ? (
            <p className="text-sm text-slate-600">No item comes in more than one size.</p>
          ) : overview.numbers.unitsOrdered === 0 ? (
            <p className="text-sm text-slate-600">Sizes appear here once orders come in.</p>
          ) : (
            <SizeDistribution sizes={overview.sizes} />
          )}
        </SectionCard>
      </div>
    </div>
  );
}
