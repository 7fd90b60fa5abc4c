import type { Role } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/validation/action-result";
import { formatDateTime } from "@/lib/team/format-time";
import type { TeamMember } from "@/lib/team/members";
import { roleLabels } from "@/lib/format/role-labels";
import { MemberRowActions } from "./member-row-actions";

export function MembersTable({
  orgId,
  members,
  currentUserId,
  changeRole,
  remove,
}: {
  orgId: string;
  members: TeamMember[];
  currentUserId: string;
  changeRole: (input: { orgId: string; userId: string; role: Role }) => Promise<ActionResult<null>>;
  remove: (input: { orgId: string; userId: string }) => Promise<ActionResult<{ self: boolean }>>;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Members of this organisation</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Email
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Role
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Joined
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Change role or remove
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {members.map((m) => {
            const isYou = m.userId === currentUserId;
            const name = m.name ?? m.email ?? "Unnamed member";
            return (
              <tr key={m.userId} data-testid="member-row" className="align-top">
                <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                  {m.name ?? "—"}
                  {isYou ? <span className="ml-2 text-xs font-normal text-slate-600">(you)</span> : null}
                </th>
                <td className="px-4 py-3 break-all text-slate-800">{m.email ?? "—"}</td>
                <td className="px-4 py-3 text-slate-800">{roleLabels[m.role]}</td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-800">
                  <time dateTime={m.joinedAt.toISOString()}>{formatDateTime(m.joinedAt)}</time>
                </td>
                <td className="px-4 py-3">
                  <MemberRowActions
                    orgId={orgId}
                    userId={m.userId}
                    name={name}
                    role={m.role}
                    isYou={isYou}
                    changeRole={changeRole}
                    remove={remove}
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
