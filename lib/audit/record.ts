import "server-only";
import type { Db } from "@/db/client";
import { auditEntries } from "@/db/schema";

export type AuditAction =
  | "organisation.created"
  | "member.invited"
  | "invitation.revoked"
  | "invitation.accepted"
  | "member.role_changed"
  | "member.removed"
  | "event.created"
  | "event.updated"
  | "event.duplicated"
  | "event.status_changed"
  | "event.maintenance_changed"
  | "item.created"
  | "item.updated"
  | "item.archived"
  | "variant.created"
  | "variant.updated"
  | "variant.deleted"
  | "variant.stock_adjusted"
  | "form.published"
  | "form.restored"
  | "page.published"
  | "page.restored"
  | "page.preview_revoked"
  | "order.status_changed"
  | "order.note_added"
  | "orders.exported"
  | "supplier.created"
  | "supplier.updated"
  | "supplier.deleted"
  | "supplier.items_assigned"
  | "supplier.fields_shared"
  | "supplier.dispatched"
  | "privacy.orders_erased"
  | "privacy.data_exported"
  | "privacy.retention_changed";

/**
 * Writes one audit entry. Call it with the transaction that makes the change, so the log and the change
 * exist together. `details` holds ids, statuses, counts and filters, never personal data.
 */
export async function recordAudit(
  tx: Db,
  entry: {
    orgId: string;
    actorUserId: string | null;
    action: AuditAction;
    targetType: string;
    targetId?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditEntries).values({
    orgId: entry.orgId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}
