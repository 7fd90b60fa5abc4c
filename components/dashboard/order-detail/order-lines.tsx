import type { OrderDetail } from "@/lib/orders/manage/order-detail";

/** What was ordered: one row per line, prices in the event's currency, and the total. */
export function OrderLines({ lines, total }: { lines: OrderDetail["lines"]; total: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Items in this order</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Item
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Size / option
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">
              Quantity
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-semibold">
              Unit price
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              Line total
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={i} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-medium text-slate-900">
                {line.itemName}
              </th>
              <td className="py-2 pr-4">{line.variantLabel || "—"}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{line.quantity}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{line.unitPrice}</td>
              <td className="py-2 text-right tabular-nums">{line.lineTotal}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4} className="py-2 pr-4 text-right font-bold">
              Total
            </th>
            <td className="py-2 text-right font-bold tabular-nums" data-testid="order-total">
              {total}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
