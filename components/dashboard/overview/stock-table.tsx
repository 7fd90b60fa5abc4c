import type { StockTableItem } from "@/lib/events/overview/stock";
import { StockBadge } from "./stock-badge";

const integer = new Intl.NumberFormat("en");

/** One table per item: what was ordered of each variant and what is left, with a bar of the share ordered. */
export function StockTable({ items }: { items: StockTableItem[] }) {
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2" data-testid="stock-tables">
      {items.map((item) => (
        <table key={item.itemId} className="w-full text-left text-sm tabular-nums">
          <caption className="pb-2 text-left text-base font-semibold text-slate-900">
            {item.name}
            {item.archived ? (
              <span className="ml-2 text-xs font-normal text-slate-600">(archived)</span>
            ) : null}
            {!item.archived && !item.active ? (
              <span className="ml-2 text-xs font-normal text-slate-600">(not on sale)</span>
            ) : null}
          </caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="py-2 pr-3 font-semibold">
                Variant
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">
                Ordered
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-semibold">
                Left
              </th>
              <th scope="col" className="w-1/3 py-2 font-semibold">
                <span className="sr-only">Share ordered and </span>Status
              </th>
            </tr>
          </thead>
          <tbody>
            {item.variants.map((v) => (
              <tr key={v.variantId} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                  {v.label}
                </th>
                <td className="py-2 pr-3 text-right">{integer.format(v.ordered)}</td>
                <td className="py-2 pr-3 text-right">{integer.format(v.left)}</td>
                <td className="py-2">
                  <div className="flex items-center gap-2">
                    <div
                      className="h-2 min-w-12 flex-1 overflow-hidden rounded-full bg-slate-200"
                      title={`${v.orderedShare}% ordered`}
                    >
                      <div
                        className={v.level === "sold_out" ? "h-full bg-red-600" : "h-full bg-blue-600"}
                        style={{ width: `${v.orderedShare}%` }}
                      />
                    </div>
                    <span className="sr-only">{v.orderedShare}% ordered.</span>
                    <StockBadge level={v.level} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="text-slate-700">
              <th scope="row" className="py-2 pr-3 font-semibold">
                Total
              </th>
              <td className="py-2 pr-3 text-right font-semibold">{integer.format(item.ordered)}</td>
              <td className="py-2 pr-3 text-right font-semibold">{integer.format(item.left)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      ))}
    </div>
  );
}
