/** Shown while the organisation's events load: the table's outline, announced to screen readers. */
export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="space-y-px overflow-hidden rounded-2xl border border-slate-200 bg-white">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-14 animate-pulse bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
