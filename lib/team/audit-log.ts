import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEntries, events, orders, users } from "@/db/schema";
import { limits } from "@/lib/limits";

export interface AuditLogEntry {
  id: number;
  createdAt: Date;
  actor: { name: string | null; email: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  /** For an order target: its event (the order page lives under it), when the order still exists. */
  orderEventId: string | null;
  details: Record<string, unknown>;
}

export interface AuditLogPage {
  entries: AuditLogEntry[];
  /** Pass as `after` for the next (older) page; null on the last page. */
  olderCursor: number | null;
  /** Pass as `before` for the previous (newer) page; null on the first page. */
  newerCursor: number | null;
}

/**
 * The cursor's position, read in SQL: comparing (created_at, id) with the cursor row's own values keeps the
 * microseconds a JavaScript Date would drop. The cursor must be this organisation's entry, else no rows.
 */
function cursorPosition(orgId: string, id: number) {
  return sql`(select c.created_at, c.id from ${auditEntries} c where c.id = ${id} and c.org_id = ${orgId})`;
}

function olderThan(orgId: string, id: number): SQL {
  return sql`(${auditEntries.createdAt}, ${auditEntries.id}) < ${cursorPosition(orgId, id)}`;
}

function newerThan(orgId: string, id: number): SQL {
  return sql`(${auditEntries.createdAt}, ${auditEntries.id}) > ${cursorPosition(orgId, id)}`;
}

/**
 * One page of an organisation's audit log, newest first, with keyset pagination on (created_at, id) — the
 * order of the audit_entries_org_created_idx index, so any page costs the same. `after` reads older entries than
 * an entry, `before` newer ones; an optional action filter.
 */
export async function listAuditEntries(
  db: Db,
  {
    orgId,
    action,
    after,
    before,
    pageSize = limits.pageSizeDefault,
  }: { orgId: string; action?: string; after?: number; before?: number; pageSize?: number },
): Promise<AuditLogPage> {
  const scope = and(eq(auditEntries.orgId, orgId), action ? eq(auditEntries.action, action) : undefined);
  const backwards = before !== undefined && after === undefined;
  const position = backwards
    ? newerThan(orgId, before)
    : after !== undefined
      ? olderThan(orgId, after)
      : undefined;
  const rows = await db
    .select({
      id: auditEntries.id,
      createdAt: auditEntries.createdAt,
      action: auditEntries.action,
      targetType: auditEntries.targetType,
      targetId: auditEntries.targetId,
      details: auditEntries.details,
      actorName: users.name,
      actorEmail: users.email,
      orderEventId: events.id,
    })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.actorUserId))
    // The CASE keeps the uuid cast away from other targets' ids; the event join keeps it in this organisation.
    .leftJoin(
      orders,
      sql`${orders.id} = (case when ${auditEntries.targetType} = 'order' then ${auditEntries.targetId}::uuid end)`,
    )
    .leftJoin(events, and(eq(events.id, orders.eventId), eq(events.orgId, orgId)))
    .where(and(scope, position))
    .orderBy(
      ...(backwards
        ? [asc(auditEntries.createdAt), asc(auditEntries.id)]
        : [desc(auditEntries.createdAt), desc(auditEntries.id)]),
    )
    .limit(pageSize + 1);
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (backwards) page.reverse();
  const entries = page.map(({ actorName, actorEmail, ...row }) => ({
    ...row,
    actor: actorEmail ? { name: actorName, email: actorEmail } : null,
  }));
  const first = entries[0];
  const last = entries[entries.length - 1];
  // Whether a page exists on the side we did not read: one cheap indexed probe.
  const exists = async (condition: SQL) =>
    (await db.select({ id: auditEntries.id }).from(auditEntries).where(and(scope, condition)).limit(1))
      .length > 0;
  const hasOlder = backwards ? Boolean(last && (await exists(olderThan(orgId, last.id)))) : more;
  const hasNewer = backwards
    ? more
    : Boolean(first && position && (await exists(newerThan(orgId, first.id))));
  return {
    entries,
    olderCursor: hasOlder && last ? last.id : null,
    newerCursor: hasNewer && first ? first.id : null,
  };
}
