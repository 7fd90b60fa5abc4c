import { roles, type Role } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/format/role-labels";

/** "replacedInvitationIds" -> "Replaced invitation ids", "from" -> "From". */
function words(key: string): string {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const isRole = (value: unknown): value is Role => roles.includes(value as Role);

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (isRole(value)) return roleLabels[value];
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value).replaceAll("_", " ");
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(show).join(", ");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${words(k)}: ${show(v)}`)
      .join("; ");
  }
  return JSON.stringify(value);
}

/** An entry's details as a small definition list; a change of something is shown as "from → to". */
export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return <span className="text-slate-500">—</span>;
  const { from, to, ...rest } = details;
  const change = "from" in details && "to" in details;
  const others = change ? Object.entries(rest) : entries;
  return (
    <dl className="space-y-0.5">
      {change ? (
        <div>
          <dt className="sr-only">Change</dt>
          <dd>
            {show(from)} <span aria-hidden="true">→</span>
            <span className="sr-only">to</span> {show(to)}
          </dd>
        </div>
      ) : null}
      {others.map(([key, value]) => (
        <div key={key}>
          <dt className="inline font-semibold">{words(key)}: </dt>
          <dd className="inline break-all">{show(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
