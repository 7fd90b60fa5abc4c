import { ItemSupplierSelect } from "@/components/dashboard/suppliers/item-supplier-select";
import { assignItemSupplierAction } from "./actions";
import { loadItemSupplier } from "./loaders";

/**
 * The supplier chooser on an item's page, kept in the suppliers route so the item page only mounts it.
 * Shown to members who may manage suppliers; others see nothing (the loader would refuse them).
 */
export async function ItemSupplierSection({
  ids,
  itemId,
  itemName,
}: {
  ids: { orgId: string; eventId: string };
  itemId: string;
  itemName: string;
}) {
  const { choices, supplierId } = await loadItemSupplier({ ...ids, itemId });
  return (
    <section
      aria-labelledby="supplier-heading"
      className="space-y-3 rounded-2xl border border-slate-200 bg-white p-5"
    >
      <h3 id="supplier-heading" className="text-lg font-bold">
        Supplier
      </h3>
      <ItemSupplierSelect
        ids={{ ...ids, itemId }}
        itemName={itemName}
        choices={choices}
        current={supplierId}
        action={assignItemSupplierAction}
      />
    </section>
  );
}
