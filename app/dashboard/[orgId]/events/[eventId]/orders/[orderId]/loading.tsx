/** Skeleton of the order page while it loads: the same two columns, so nothing jumps. */
export default function OrderDetailLoading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <span className="sr-only">Loading the order…</span>
      <div className="space-y-2" aria-hidden="true">
        <div className="h-4 w-32 animate-pulse rounded bg-slate-200" />
        <div className="h-8 w-56 animate-pulse rounded bg-slate-200" />
      </div>
      <div className="grid gap-6 lg:grid-cols-3" aria-hidden="true">
        <div className="space-y-6 lg:col-span-2">
          <div className="h-32 animate-pulse rounded-xl border border-slate-200 bg-slate-100" />
          <div className="h-48 animate-pulse rounded-xl border border-slate-200 bg-slate-100" />
          <div className="h-40 animate-pulse rounded-xl border border-slate-200 bg-slate-100" />
        </div>
        <div className="space-y-6">
          <div className="h-40 animate-pulse rounded-xl border border-slate-200 bg-slate-100" />
          <div className="h-56 animate-pulse rounded-xl border border-slate-200 bg-slate-100" />
        </div>
      </div>
    </div>
  );
}
