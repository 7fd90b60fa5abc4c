/** Skeleton of the orders page while its page of rows loads: the same layout, so nothing jumps. */
export default function OrdersLoading() {
  return (
    <div className="space-y-4" role="status" aria-live="polite">
      <span className="sr-only">Loading orders…</span>
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" aria-hidden="true" />
      <div
        className="h-56 animate-pulse rounded-2xl border border-slate-200 bg-slate-100"
        aria-hidden="true"
      />
      <div className="space-y-2 rounded-2xl border border-slate-200 bg-white p-4" aria-hidden="true">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
