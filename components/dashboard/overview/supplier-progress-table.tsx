import type { SupplierProgress } from "@/lib/suppliers/supplier-progress";

const statuses = [
  { key: "waiting", label: "Waiting" },
  { key: "dispatched", label: "Dispatched" },
  { key: "shipped", label: "Shipped" },
  { key: "collected", label: "Collected" },
] as const;

/** Per supplier, how many order lines are in each fulfilment state (issue 12). Counts only. */
export function SupplierProgressTable({ rows }: { rows: SupplierProgress[] }) {
  return (
    <table className="w-full text-left text-sm" data-testid="supplier-progress">
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-4">
            Supplier
          </th>
          {statuses.map((s) => (
            <th key={s.key} scope="col" className="py-2 pr-4 text-right">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.supplierId ?? "organisers"} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-4 font-semibold">
              {row.supplierName ?? "Organisers (no supplier)"}
            </th>
            {statuses.map((s) => (
              <td key={s.key} className="py-2 pr-4 text-right tabular-nums">
                {row[s.key]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
