import type { Metadata } from "next";
import Link from "next/link";
import { ItemList } from "@/components/dashboard/items/item-list";
import { cx } from "@/components/ui/cx";
import { adjustStockAction, archiveItemAction, reorderItemsAction, unarchiveItemAction } from "./actions";
import { loadItems } from "./loaders";

export const metadata: Metadata = { title: "Items" };

const tabClass = (active: boolean) =>
  cx(
    "inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-semibold",
    active ? "bg-slate-900 text-white" : "text-slate-800 hover:bg-slate-100",
  );

export default async function ItemsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; eventId: string }>;
  searchParams: Promise<{ archived?: string }>;
}) {
  const { orgId, eventId } = await params;
  const archived = (await searchParams).archived === "1";
  const { event, items, canManage, canAdjustStock } = await loadItems({ orgId, eventId, archived });
  const base = `/dashboard/${orgId}/events/${eventId}/items`;
  const ids = { orgId, eventId };
  return (
    <section aria-labelledby="items-heading" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="items-heading" className="text-xl font-bold text-slate-900">
          Items
        </h2>
        {canManage ? (
          <Link
            href={`${base}/new`}
            className="inline-flex min-h-11 items-center rounded-xl bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800"
          >
            Add item
          </Link>
        ) : null}
      </div>
      <nav aria-label="Which items" className="flex gap-2">
        <Link href={base} aria-current={!archived ? "page" : undefined} className={tabClass(!archived)}>
          Current
        </Link>
        <Link
          href={`${base}?archived=1`}
          aria-current={archived ? "page" : undefined}
          className={tabClass(archived)}
        >
          Archived
        </Link>
      </nav>
      {canManage && !archived && items.length > 1 ? (
        <p className="text-sm text-slate-700">
          Attendees see the items in this order. Drag a card, or use its ↑ and ↓ buttons, to change it.
        </p>
      ) : null}
      {items.length === 0 ? (
        <div
          className="rounded-2xl border-2 border-dashed border-slate-300 p-8 text-center"
          data-testid="items-empty"
        >
          {archived ? (
            <p className="text-slate-700">No archived items.</p>
          ) : (
            <>
              <p className="text-lg font-semibold text-slate-900">No items yet</p>
              <p className="mt-1 text-slate-700">
                T-shirts, hoodies, stickers, breakfast: whatever attendees can order.
              </p>
              {canManage ? (
                <Link
                  href={`${base}/new`}
                  className="mt-4 inline-flex min-h-11 items-center rounded-xl bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800"
                >
                  Add your first item
                </Link>
              ) : null}
            </>
          )}
        </div>
      ) : (
        <ItemList
          ids={ids}
          currency={event.currency}
          items={items}
          archived={archived}
          canManage={canManage}
          canAdjustStock={canAdjustStock}
          actions={{
            reorder: reorderItemsAction,
            archive: archiveItemAction,
            unarchive: unarchiveItemAction,
            adjustStock: adjustStockAction,
          }}
        />
      )}
    </section>
  );
}
