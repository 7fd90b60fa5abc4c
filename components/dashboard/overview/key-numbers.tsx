import type { EventOverview } from "@/lib/events/overview/build-overview";

const integer = new Intl.NumberFormat("en");

/** The event at a glance: every figure is a count or a sum, never an order. */
export function KeyNumbers({ numbers }: { numbers: EventOverview["numbers"] }) {
  const figures: { label: string; value: string; hint?: string }[] = [
    { label: "Orders", value: integer.format(numbers.orders), hint: "not cancelled" },
    { label: "Orders today", value: integer.format(numbers.ordersToday) },
    { label: "Units ordered", value: integer.format(numbers.unitsOrdered) },
    { label: "Units left", value: integer.format(numbers.unitsLeft), hint: "in stock" },
    { label: "Revenue", value: numbers.revenue, hint: "orders not cancelled" },
    { label: "Cancelled", value: integer.format(numbers.cancelled), hint: "orders" },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6" data-testid="key-numbers">
      {figures.map((f) => (
        <div key={f.label} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm font-medium text-slate-600">{f.label}</dt>
          <dd className="mt-1 text-2xl font-bold tabular-nums text-slate-900">{f.value}</dd>
          {f.hint ? <dd className="text-xs text-slate-600">{f.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
