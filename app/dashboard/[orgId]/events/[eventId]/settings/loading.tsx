export default function Loading() {
  return (
    <div className="max-w-4xl space-y-4" role="status" aria-live="polite">
      <span className="sr-only">Loading…</span>
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="h-40 animate-pulse rounded-2xl bg-slate-100" />
      ))}
    </div>
  );
}
