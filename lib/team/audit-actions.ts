import type { AuditAction } from "@/lib/audit/record";

/** Every audit action in words, for the audit log page and its filter. Typed so a new action must be added here. */
export const auditActionLabels = {
  "organisation.created": "Created the organisation",
  "member.invited": "Invited a member",
  "invitation.revoked": "Revoked an invitation",
  "invitation.accepted": "Accepted an invitation",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "event.created": "Created an event",
  "event.updated": "Updated an event",
  "event.duplicated": "Duplicated an event",
  "event.status_changed": "Changed an event's status",
  "event.maintenance_changed": "Changed the event's maintenance mode",
  "item.created": "Created an item",
  "item.updated": "Updated an item",
  "item.archived": "Archived an item",
  "variant.created": "Created a variant",
  "variant.updated": "Updated a variant",
  "variant.deleted": "Deleted a variant",
  "variant.stock_adjusted": "Adjusted stock",
  "form.published": "Published the order form",
  "form.restored": "Restored an order form version",
  "page.published": "Published the landing page",
  "page.restored": "Restored a landing page version",
  "page.preview_revoked": "Revoked a landing page preview link",
  "order.status_changed": "Changed an order's status",
  "order.note_added": "Added a note to an order",
  "orders.exported": "Exported orders",
  "supplier.created": "Added a supplier",
  "supplier.updated": "Updated a supplier",
  "supplier.deleted": "Deleted a supplier",
  "supplier.items_assigned": "Assigned an item to a supplier",
  "supplier.fields_shared": "Changed the fields shared with a supplier",
  "supplier.dispatched": "Sent orders to a supplier",
  "privacy.orders_erased": "Erased personal data of orders",
  "privacy.data_exported": "Exported an attendee's personal data",
  "privacy.retention_changed": "Changed the data retention period",
} satisfies Record<AuditAction, string>;

export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

/** Entries written by a later release may carry an action this list does not know yet: show it as is. */
export function auditActionLabel(action: string): string {
  return (auditActionLabels as Record<string, string>)[action] ?? action;
}
