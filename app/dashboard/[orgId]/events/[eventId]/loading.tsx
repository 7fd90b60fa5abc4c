/** Skeleton of the overview while its aggregates load: the same grid, so nothing jumps when it arrives. */
export default function EventOverviewLoading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <span className="sr-only">Loading the overview…</span>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-xl border border-slate-200 bg-slate-100" />
        ))}
      </div>
      <div
        className="h-72 animate-pulse rounded-xl border border-slate-200 bg-slate-100"
        aria-hidden="true"
      />
      <div className="grid gap-6 xl:grid-cols-3" aria-hidden="true">
        <div className="h-64 animate-pulse rounded-xl border border-slate-200 bg-slate-100 xl:col-span-2" />
        <div className="h-64 animate-pulse rounded-xl border border-slate-200 bg-slate-100" />
      </div>
    </div>
  );
}
