import { auditActionLabel } from "@/lib/team/audit-actions";
import type { AuditLogEntry } from "@/lib/team/audit-log";
import { formatDateTime, formatRelative } from "@/lib/team/format-time";
import { AuditDetails } from "./audit-details";
import { AuditTarget } from "./audit-target";

export function AuditTable({ orgId, entries, now }: { orgId: string; entries: AuditLogEntry[]; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              When
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Who
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Action
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Target
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Details
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-row" className="align-top">
              <td className="px-4 py-3 whitespace-nowrap text-slate-800">
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
                <span className="block text-xs text-slate-600">{formatRelative(e.createdAt, now)}</span>
              </td>
              <td className="px-4 py-3 text-slate-800">
                {e.actor ? (
                  <>
                    {e.actor.name ?? e.actor.email}
                    {e.actor.name ? (
                      <span className="block text-xs break-all text-slate-600">{e.actor.email}</span>
                    ) : null}
                  </>
                ) : (
                  <span className="text-slate-600 italic">deleted user</span>
                )}
              </td>
              <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                {auditActionLabel(e.action)}
              </th>
              <td className="px-4 py-3 text-slate-800">
                <AuditTarget
                  orgId={orgId}
                  targetType={e.targetType}
                  targetId={e.targetId}
                  orderEventId={e.orderEventId}
                />
              </td>
              <td className="px-4 py-3 text-slate-800">
                <AuditDetails details={e.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
