import { AuthCard } from "../../sign-in/auth-card";

export default function InvitationLoading() {
  return (
    <AuthCard title="Invitation">
      <div role="status" aria-live="polite" className="space-y-3">
        <span className="sr-only">Loading the invitation…</span>
        <div className="h-5 w-3/4 animate-pulse rounded bg-slate-200" />
        <div className="h-5 w-1/2 animate-pulse rounded bg-slate-200" />
        <div className="h-11 animate-pulse rounded-xl bg-slate-200" />
      </div>
    </AuthCard>
  );
}
