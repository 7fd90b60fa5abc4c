import Link from "next/link";
/**
 * The record an entry is about, with a link where the dashboard has a page for it. Members and invitations have
 * no page of their own (the team page lists them); ids are shortened for reading, the full one is in the title.
 */
const targetNames: Record<string, string> = {
  organisation: "Organisation",
  member: "Member",
  invitation: "Invitation",
  event: "Event",
  item: "Item",
  variant: "Variant",
  order: "Order",
  orders: "Orders",
};

function targetHref(orgId: string, type: string, id: string, orderEventId: string | null): string | null {
  if (type === "event") return `/dashboard/${orgId}/events/${id}`;
  if (type === "order" && orderEventId) return `/dashboard/${orgId}/events/${orderEventId}/orders/${id}`;
  if (type === "member" || type === "invitation") return `/dashboard/${orgId}/team`;
  return null;
}

export function AuditTarget({
  orgId,
  targetType,
  targetId,
  orderEventId,
}: {
  orgId: string;
  targetType: string;
  targetId: string | null;
  orderEventId: string | null;
}) {
  const name = targetNames[targetType] ?? targetType;
  if (!targetId) return <span>{name}</span>;
  const short = targetId.length > 12 ? `${targetId.slice(0, 8)}…` : targetId;
  const href = targetHref(orgId, targetType, targetId, orderEventId);
  return (
    <span>
      {name}{" "}
      {href ? (
        <Link href={href} title={targetId} className="font-mono text-blue-800 underline">
          {short}
        </Link>
      ) : (
        <span title={targetId} className="font-mono text-slate-700">
          {short}
        </span>
      )}
    </span>
  );
}
