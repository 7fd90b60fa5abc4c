export default function AuditLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading the audit log…</span>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-11 w-72 animate-pulse rounded-xl bg-slate-200" />
      <div className="h-96 animate-pulse rounded-xl bg-slate-200" />
    </div>
  );
}
