import type { CatalogVariant } from "@/lib/catalog/queries";
import { StockAdjustForm, type AdjustStock } from "./stock-adjust-form";

/** Stock at a glance: what is left to order and what is already on (non-cancelled) orders. */
export function VariantsTable({
  ids,
  itemName,
  variants,
  adjustStock,
}: {
  ids: { orgId: string; eventId: string };
  itemName: string;
  variants: CatalogVariant[];
  /** Absent for roles that may not adjust stock. */
  adjustStock?: AdjustStock;
}) {
  if (variants.length === 0) {
    return <p className="text-sm text-slate-700">No variants: attendees cannot order this item yet.</p>;
  }
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Stock of {itemName}</caption>
      <thead className="border-b border-slate-200 text-slate-700">
        <tr>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Variant
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">
            Available
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">
            Ordered
          </th>
          {adjustStock ? (
            <th scope="col" className="py-2 font-semibold">
              <span className="sr-only">Adjust stock</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {variants.map((v) => (
          <tr key={v.id} className="border-b border-slate-100 align-top last:border-0">
            <th scope="row" className="py-2 pr-3 font-semibold">
              {v.label}
            </th>
            <td
              className={`py-2 pr-3 text-right tabular-nums ${v.available === 0 ? "font-bold text-red-800" : ""}`}
            >
              {v.available === 0 ? "0 (sold out)" : v.available}
            </td>
            <td className="py-2 pr-3 text-right tabular-nums">{v.ordered}</td>
            {adjustStock ? (
              <td className="py-1">
                <StockAdjustForm
                  ids={ids}
                  variantId={v.id}
                  label={`${itemName} – ${v.label}`}
                  action={adjustStock}
                />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
