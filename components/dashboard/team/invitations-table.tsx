import type { ActionResult } from "@/lib/validation/action-result";
import { formatDateTime, formatRelative } from "@/lib/team/format-time";
import type { PendingInvitation } from "@/lib/team/invitations";
import { roleLabels } from "@/lib/format/role-labels";
import { InvitationRowActions } from "./invitation-row-actions";

type InvitationAction = (input: { orgId: string; invitationId: string }) => Promise<ActionResult<null>>;

export function InvitationsTable({
  orgId,
  invitations,
  now,
  resend,
  revoke,
}: {
  orgId: string;
  invitations: PendingInvitation[];
  now: Date;
  resend: InvitationAction;
  revoke: InvitationAction;
}) {
  if (invitations.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-slate-700">
        No pending invitations. Invite someone with the form above.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Pending invitations</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Email
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Role
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Invited by
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Expires
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Actions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {invitations.map((inv) => {
            const expired = inv.expiresAt.getTime() <= now.getTime();
            return (
              <tr key={inv.id} data-testid="invitation-row" className="align-top">
                <th scope="row" className="px-4 py-3 font-medium break-all text-slate-900">
                  {inv.email}
                </th>
                <td className="px-4 py-3 text-slate-800">{roleLabels[inv.role]}</td>
                <td className="px-4 py-3 text-slate-800">
                  {inv.invitedBy ? (inv.invitedBy.name ?? inv.invitedBy.email) : "deleted user"}
                </td>
                <td className="px-4 py-3 text-slate-800">
                  <time dateTime={inv.expiresAt.toISOString()} title={formatDateTime(inv.expiresAt)}>
                    {expired ? (
                      <span className="font-semibold text-red-800">Expired</span>
                    ) : (
                      formatRelative(inv.expiresAt, now)
                    )}
                  </time>
                  <span className="block text-xs text-slate-600">{formatDateTime(inv.expiresAt)}</span>
                </td>
                <td className="px-4 py-3">
                  <InvitationRowActions
                    orgId={orgId}
                    invitationId={inv.id}
                    email={inv.email}
                    resend={resend}
                    revoke={revoke}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
