/** Skeleton of the version history. */
export default function FormVersionsLoading() {
  return (
    <div className="space-y-3" role="status" aria-live="polite">
      <span className="sr-only">Loading the form’s versions…</span>
      {Array.from({ length: 3 }, (_, i) => (
        <div
          key={i}
          aria-hidden="true"
          className="h-28 animate-pulse rounded-2xl border border-slate-200 bg-slate-100"
        />
      ))}
    </div>
  );
}
