import type { Metadata } from "next";
import { InviteForm } from "@/components/dashboard/team/invite-form";
import { InvitationsTable } from "@/components/dashboard/team/invitations-table";
import { MembersTable } from "@/components/dashboard/team/members-table";
import { roles } from "@/lib/auth/permissions";
import { roleDescriptions, roleLabels } from "@/lib/format/role-labels";
import {
  changeMemberRoleAction,
  inviteMemberAction,
  removeMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "./actions";
import { loadTeam } from "./loaders";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const team = await loadTeam({ orgId });
  const now = new Date();
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Team</h1>
        <p className="mt-1 text-slate-700">
          Invite people by email and choose what they may do. An organisation always keeps at least one owner.
        </p>
      </div>

      <section aria-labelledby="invite-heading" className="space-y-3">
        <h2 id="invite-heading" className="text-lg font-bold text-slate-900">
          Invite a member
        </h2>
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <InviteForm orgId={orgId} action={inviteMemberAction} />
          <details className="mt-4 text-sm text-slate-700">
            <summary className="cursor-pointer font-semibold text-slate-900">What each role may do</summary>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
              {roles.map((r) => (
                <div key={r} className="contents">
                  <dt className="font-semibold">{roleLabels[r]}</dt>
                  <dd>{roleDescriptions[r]}</dd>
                </div>
              ))}
            </dl>
          </details>
        </div>
      </section>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-bold text-slate-900">
          Members <span className="font-normal text-slate-600">({team.members.length})</span>
        </h2>
        <MembersTable
          orgId={orgId}
          members={team.members}
          currentUserId={team.currentUserId}
          changeRole={changeMemberRoleAction}
          remove={removeMemberAction}
        />
      </section>

      <section aria-labelledby="invitations-heading" className="space-y-3">
        <h2 id="invitations-heading" className="text-lg font-bold text-slate-900">
          Pending invitations <span className="font-normal text-slate-600">({team.invitations.length})</span>
        </h2>
        <InvitationsTable
          orgId={orgId}
          invitations={team.invitations}
          now={now}
          resend={resendInvitationAction}
          revoke={revokeInvitationAction}
        />
      </section>
    </div>
  );
}
