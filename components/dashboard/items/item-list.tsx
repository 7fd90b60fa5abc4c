"use client";

import Link from "next/link";
import type { CatalogItem } from "@/lib/catalog/queries";
import type { ActionResult } from "@/lib/validation/action-result";
import { formatMoney } from "@/lib/format/money";
import { ArchiveButton } from "./archive-button";
import { ReorderList } from "./reorder-list";
import type { AdjustStock } from "./stock-adjust-form";
import { VariantsTable } from "./variants-table";

type Ids = { orgId: string; eventId: string };
type Ref = Ids & { itemId: string };

export interface ItemListActions {
  reorder: (input: Ids & { itemIds: string[] }) => Promise<ActionResult<unknown>>;
  archive: (input: Ref) => Promise<ActionResult<unknown>>;
  unarchive: (input: Ref) => Promise<ActionResult<unknown>>;
  adjustStock: AdjustStock;
}

function Badge({ children, tone }: { children: React.ReactNode; tone: "grey" | "amber" }) {
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${
        tone === "amber" ? "bg-amber-100 text-amber-950" : "bg-slate-200 text-slate-900"
      }`}
    >
      {children}
    </span>
  );
}

function ItemCard({
  item,
  ids,
  currency,
  handle,
  canManage,
  actions,
  canAdjustStock,
}: {
  item: CatalogItem;
  ids: Ids;
  currency: string;
  handle: React.ReactNode;
  canManage: boolean;
  canAdjustStock: boolean;
  actions: ItemListActions;
}) {
  const href = `/dashboard/${ids.orgId}/events/${ids.eventId}/items/${item.id}`;
  return (
    <article
      aria-labelledby={`item-${item.id}-name`}
      className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm md:flex-row"
      data-testid="dashboard-item"
    >
      <div className="flex shrink-0 items-start gap-3">
        {handle}
        {item.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small thumbnail of the stored WebP
          <img
            src={item.image.url}
            alt=""
            width={96}
            height={96}
            loading="lazy"
            className="size-24 rounded-xl border border-slate-200 object-cover"
          />
        ) : (
          <div
            aria-hidden="true"
            className="flex size-24 items-center justify-center rounded-xl border border-dashed border-slate-300 text-xs text-slate-600"
          >
            No image
          </div>
        )}
      </div>
      <div className="min-w-0 flex-1 space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={`item-${item.id}-name`} className="text-lg font-bold text-slate-900">
            <Link href={href} className="underline-offset-2 hover:underline">
              {item.name}
            </Link>
          </h3>
          <span className="font-semibold text-slate-900" data-testid="dashboard-item-price">
            {formatMoney(item.priceMinor, currency)}
          </span>
          {item.archived ? <Badge tone="grey">Archived</Badge> : null}
          {!item.active && !item.archived ? <Badge tone="amber">Inactive: not orderable</Badge> : null}
          <span className="text-sm text-slate-700">Max {item.maxPerOrder} per order</span>
        </div>
        {item.description ? <p className="line-clamp-2 text-sm text-slate-700">{item.description}</p> : null}
        <VariantsTable
          ids={ids}
          itemName={item.name}
          variants={item.variants}
          adjustStock={canAdjustStock && !item.archived ? actions.adjustStock : undefined}
        />
      </div>
      {canManage ? (
        <div className="flex shrink-0 flex-row items-start gap-2 md:flex-col">
          <Link
            href={href}
            className="inline-flex min-h-11 items-center rounded-xl border-2 border-slate-300 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50"
          >
            Edit<span className="sr-only"> {item.name}</span>
          </Link>
          <ArchiveButton
            itemRef={{ ...ids, itemId: item.id }}
            itemName={item.name}
            archived={item.archived}
            archive={actions.archive}
            unarchive={actions.unarchive}
          />
        </div>
      ) : null}
    </article>
  );
}

/** The event's items as cards, in display order; current items can be reordered by drag or keyboard. */
export function ItemList({
  ids,
  currency,
  items,
  archived,
  canManage,
  canAdjustStock,
  actions,
}: {
  ids: Ids;
  currency: string;
  items: CatalogItem[];
  archived: boolean;
  canManage: boolean;
  canAdjustStock: boolean;
  actions: ItemListActions;
}) {
  return (
    <ReorderList
      items={items}
      labelOf={(i) => i.name}
      noun="item"
      canReorder={canManage && !archived && items.length > 1}
      save={(itemIds) => actions.reorder({ ...ids, itemIds })}
      renderItem={(item, handle) => (
        <ItemCard
          item={item}
          ids={ids}
          currency={currency}
          handle={handle}
          canManage={canManage}
          canAdjustStock={canAdjustStock}
          actions={actions}
        />
      )}
    />
  );
}
