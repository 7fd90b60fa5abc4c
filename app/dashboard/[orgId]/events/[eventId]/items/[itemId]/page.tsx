import type { Metadata } from "next";
import Link from "next/link";
import { ArchiveButton } from "@/components/dashboard/items/archive-button";
import { ImageUpload } from "@/components/dashboard/items/image-upload";
import { EditItemForm } from "@/components/dashboard/items/item-form";
import { VariantManager } from "@/components/dashboard/items/variant-manager";
import { VariantsTable } from "@/components/dashboard/items/variants-table";
import { formatPriceInput } from "@/lib/catalog/price";
import { formatMoney } from "@/lib/format/money";
import {
  adjustStockAction,
  archiveItemAction,
  createVariantAction,
  deleteVariantAction,
  removeItemImageAction,
  reorderVariantsAction,
  unarchiveItemAction,
  updateItemAction,
  updateVariantAction,
  uploadItemImageAction,
} from "../actions";
import { loadItem } from "../loaders";
import { ItemSupplierSection } from "../../suppliers/item-supplier-section";

export const metadata: Metadata = { title: "Item" };

export default async function ItemPage({
  params,
}: {
  params: Promise<{ orgId: string; eventId: string; itemId: string }>;
}) {
  const { orgId, eventId, itemId } = await params;
  const { event, item, canManage, canAdjustStock } = await loadItem({ orgId, eventId, itemId });
  const ids = { orgId, eventId };
  const back = `/dashboard/${orgId}/events/${eventId}/items${item.archived ? "?archived=1" : ""}`;
  return (
    <section aria-labelledby="item-heading" className="space-y-6">
      <Link href={back} className="text-sm font-semibold text-blue-800 underline-offset-2 hover:underline">
        ← Items
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="item-heading" className="text-xl font-bold text-slate-900">
          {item.name}
          {item.archived ? (
            <span className="ml-2 text-base font-semibold text-slate-600">(archived)</span>
          ) : null}
        </h2>
        {canManage ? (
          <ArchiveButton
            itemRef={{ ...ids, itemId }}
            itemName={item.name}
            archived={item.archived}
            archive={archiveItemAction}
            unarchive={unarchiveItemAction}
          />
        ) : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section
          aria-labelledby="details-heading"
          className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5"
        >
          <h3 id="details-heading" className="text-lg font-bold">
            Details
          </h3>
          {canManage ? (
            <EditItemForm
              ids={ids}
              itemId={itemId}
              currency={event.currency}
              defaults={{
                name: item.name,
                description: item.description,
                price: formatPriceInput(item.priceMinor, event.currency),
                maxPerOrder: item.maxPerOrder,
                active: item.active,
              }}
              action={updateItemAction}
            />
          ) : (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="font-semibold">Price</dt>
              <dd>{formatMoney(item.priceMinor, event.currency)}</dd>
              <dt className="font-semibold">Maximum per order</dt>
              <dd>{item.maxPerOrder}</dd>
              <dt className="font-semibold">Active</dt>
              <dd>{item.active ? "Yes" : "No: not orderable"}</dd>
              <dt className="font-semibold">Description</dt>
              <dd className="whitespace-pre-line">{item.description || "—"}</dd>
            </dl>
          )}
        </section>
        <section
          aria-labelledby="image-heading"
          className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5"
        >
          <h3 id="image-heading" className="text-lg font-bold">
            Image
          </h3>
          {canManage ? (
            <ImageUpload
              ids={ids}
              itemId={itemId}
              itemName={item.name}
              image={item.image}
              upload={uploadItemImageAction}
              remove={removeItemImageAction}
            />
          ) : item.image ? (
            // eslint-disable-next-line @next/next/no-img-element -- the stored WebP as it is
            <img
              src={item.image.url}
              alt={item.name}
              className="aspect-square w-40 rounded-xl object-cover"
            />
          ) : (
            <p className="text-slate-700">No image.</p>
          )}
        </section>
      </div>

      {canManage ? <ItemSupplierSection ids={ids} itemId={itemId} itemName={item.name} /> : null}

      <section aria-labelledby="variants-heading" className="space-y-4">
        <h3 id="variants-heading" className="text-lg font-bold">
          Variants and stock
        </h3>
        {canManage ? (
          <VariantManager
            ids={ids}
            itemId={itemId}
            itemName={item.name}
            variants={item.variants}
            canManage={canManage}
            canAdjustStock={canAdjustStock}
            actions={{
              create: createVariantAction,
              rename: updateVariantAction,
              remove: deleteVariantAction,
              reorder: reorderVariantsAction,
              adjustStock: adjustStockAction,
            }}
          />
        ) : (
          <VariantsTable
            ids={ids}
            itemName={item.name}
            variants={item.variants}
            adjustStock={canAdjustStock ? adjustStockAction : undefined}
          />
        )}
      </section>
    </section>
  );
}
