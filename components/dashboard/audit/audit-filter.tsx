import { auditActionLabels, auditActions } from "@/lib/team/audit-actions";
import { inputClassName } from "../field";

/** A plain GET form: the filter lives in the URL, works without JavaScript, and resets the page. */
export function AuditFilter({ action }: { action: string | null }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
      <div className="space-y-1">
        <label htmlFor="audit-action" className="block text-sm font-semibold text-slate-900">
          Action
        </label>
        <select
          id="audit-action"
          name="action"
          defaultValue={action ?? ""}
          className={inputClassName.replace("w-full", "w-auto")}
        >
          <option value="">All actions</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {auditActionLabels[a]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-xl border-2 border-slate-300 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50"
      >
        Apply
      </button>
      {action ? (
        <a href="?" className="min-h-11 py-2 font-semibold text-blue-800 underline">
          Clear filter
        </a>
      ) : null}
    </form>
  );
}
