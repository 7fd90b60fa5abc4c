/** Skeleton of the builder: the list, the panel and the phone frame, so nothing jumps when they arrive. */
export default function FormBuilderLoading() {
  return (
    <div className="space-y-4" role="status" aria-live="polite">
      <span className="sr-only">Loading the order form…</span>
      <div
        aria-hidden="true"
        className="h-20 animate-pulse rounded-2xl border border-slate-200 bg-slate-100"
      />
      <div
        aria-hidden="true"
        className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,1fr)_25rem]"
      >
        <div className="space-y-2">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="h-20 animate-pulse rounded-xl bg-slate-100" />
          ))}
        </div>
        <div className="h-96 animate-pulse rounded-2xl bg-slate-100" />
        <div className="hidden h-[656px] animate-pulse rounded-[2rem] bg-slate-200 xl:block" />
      </div>
    </div>
  );
}
