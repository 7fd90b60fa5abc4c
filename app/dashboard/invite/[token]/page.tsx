import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AcceptInvitation } from "@/components/dashboard/team/accept-invitation";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invitationMessages } from "@/lib/team/accept-invitation";
import { formatDateTime } from "@/lib/team/format-time";
import { invitationPath } from "@/lib/crypto/invitation-token";
import { roleDescriptions, roleLabels } from "@/lib/format/role-labels";
import { AuthCard } from "../../sign-in/auth-card";
import { acceptInvitationAction, signOutToAcceptAction } from "./actions";
import { loadInvitation } from "./loaders";

// The token is the secret: never send this page's address to another site.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Signed out: sign in first and come back here (the loader alone would forget the invitation).
  if (!(await getCurrentUser())) {
    redirect(`/dashboard/sign-in?callbackUrl=${encodeURIComponent(invitationPath(token))}`);
  }
  const view = await loadInvitation({ token });
  if (view.status === "invalid") {
    return (
      <AuthCard title="Invitation not found">
        <Alert tone="error">{invitationMessages.invalid}</Alert>
        <GoToDashboard />
      </AuthCard>
    );
  }
  const inviter = view.inviter ? (view.inviter.name ?? view.inviter.email) : null;
  const title = `Join ${view.org.name}`;
  return (
    <AuthCard title={title}>
      <dl className="mb-5 space-y-2 text-slate-800">
        <div>
          <dt className="inline font-semibold">Role: </dt>
          <dd className="inline">
            {roleLabels[view.role]} — {roleDescriptions[view.role]}
          </dd>
        </div>
        {inviter ? (
          <div>
            <dt className="inline font-semibold">Invited by: </dt>
            <dd className="inline">
              {inviter}
              {view.inviter?.name ? ` (${view.inviter.email})` : ""}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="inline font-semibold">For: </dt>
          <dd className="inline break-all">{view.invitedEmail}</dd>
        </div>
        {view.status === "ready" ? (
          <div>
            <dt className="inline font-semibold">Expires: </dt>
            <dd className="inline">{formatDateTime(view.expiresAt)}</dd>
          </div>
        ) : null}
      </dl>
      {view.status === "ready" ? (
        <AcceptInvitation token={token} orgName={view.org.name} action={acceptInvitationAction} />
      ) : view.status === "wrong_email" ? (
        <div className="space-y-4">
          <Alert tone="warning" testId="wrong-email">
            {`This invitation is for ${view.invitedEmail}; you are signed in as ${view.signedInEmail}. Sign out and sign in with ${view.invitedEmail} to accept it.`}
          </Alert>
          <form action={signOutToAcceptAction as unknown as (formData: FormData) => Promise<void>}>
            <input type="hidden" name="token" value={token} />
            <button
              type="submit"
              className="min-h-11 w-full rounded-xl border-2 border-slate-300 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50"
            >
              Sign out and switch account
            </button>
          </form>
        </div>
      ) : (
        <div className="space-y-4">
          <Alert
            tone={view.status === "accepted" && view.alreadyMember ? "info" : "error"}
            testId="invitation-state"
          >
            {view.status === "accepted" && view.alreadyMember
              ? `You are a member of ${view.org.name}.`
              : invitationMessages[view.status]}
          </Alert>
          {view.alreadyMember ? (
            <Link href={`/dashboard/${view.org.id}`} className="font-semibold text-blue-800 underline">
              {`Open ${view.org.name}`}
            </Link>
          ) : (
            <GoToDashboard />
          )}
        </div>
      )}
    </AuthCard>
  );
}

function GoToDashboard() {
  return (
    <p className="mt-4">
      <Link href="/dashboard" className="font-semibold text-blue-800 underline">
        Go to your dashboard
      </Link>
    </p>
  );
}
