import type { SizeShare } from "@/lib/events/overview/stock";

const integer = new Intl.NumberFormat("en");

/** Units ordered per size across items, as bars with their numbers and percentages written out. */
export function SizeDistribution({ sizes }: { sizes: SizeShare[] }) {
  return (
    <table className="w-full text-left text-sm tabular-nums" data-testid="size-distribution">
      <caption className="sr-only">Units ordered per size, across items</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          <th scope="col" className="py-2 pr-3 font-semibold">
            Size
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">
            Units
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-semibold">
            Share
          </th>
          <th scope="col" className="w-1/2 py-2">
            <span className="sr-only">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sizes.map((s) => (
          <tr key={s.label} className="border-b border-slate-100">
            <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
              {s.label}
            </th>
            <td className="py-2 pr-3 text-right">{integer.format(s.units)}</td>
            <td className="py-2 pr-3 text-right">{s.percent}%</td>
            <td className="py-2" aria-hidden="true">
              <div className="h-3 overflow-hidden rounded bg-slate-100">
                <div className="h-full rounded bg-blue-600" style={{ width: `${s.percent}%` }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
