import Link from "next/link";
import type { Metadata } from "next";
import { AuditFilter } from "@/components/dashboard/audit/audit-filter";
import { AuditTable } from "@/components/dashboard/audit/audit-table";
import { auditActionLabel } from "@/lib/team/audit-actions";
import { loadAuditLog } from "./loaders";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { orgId } = await params;
  const query = await searchParams;
  const { page, filter } = await loadAuditLog({
    orgId,
    action: first(query.action) || undefined,
    after: first(query.after),
    before: first(query.before),
  });
  const now = new Date();
  const link = (cursor: { after?: number; before?: number }) => {
    const sp = new URLSearchParams();
    if (filter.action) sp.set("action", filter.action);
    if (cursor.after) sp.set("after", String(cursor.after));
    if (cursor.before) sp.set("before", String(cursor.before));
    return `?${sp.toString()}`;
  };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Audit log</h1>
        <p className="mt-1 text-slate-700">
          Who did what to which record: status changes, exports, role changes, stock adjustments, deletions.
        </p>
      </div>
      <AuditFilter action={filter.action} />
      {page.entries.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-slate-700">
          {filter.action
            ? `No entries for “${auditActionLabel(filter.action)}”.`
            : "Nothing has been recorded yet. Changes to the team, events, stock and orders will appear here."}
        </p>
      ) : (
        <AuditTable orgId={orgId} entries={page.entries} now={now} />
      )}
      {page.newerCursor || page.olderCursor ? (
        <nav aria-label="Audit log pages" className="flex justify-between gap-3">
          {page.newerCursor ? (
            <Link
              href={link({ before: page.newerCursor })}
              rel="prev"
              className="min-h-11 py-2 font-semibold text-blue-800 underline"
            >
              ← Previous (newer)
            </Link>
          ) : (
            <span />
          )}
          {page.olderCursor ? (
            <Link
              href={link({ after: page.olderCursor })}
              rel="next"
              className="min-h-11 py-2 font-semibold text-blue-800 underline"
            >
              Next (older) →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
