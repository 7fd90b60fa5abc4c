/**
 * The value lists of the database enums, with no imports at all: the schema makes its enums from them, and
 * zod schemas, emails and client components use them without loading the schema (or anything else).
 */

/** Who a member is in an organisation; what each may do is lib/auth/permissions.ts. */
export const memberRoleValues = ["owner", "organiser", "marketer", "viewer", "desk"] as const;
export type MemberRole = (typeof memberRoleValues)[number];

/**
 * Every order status, in workflow order. The database enum (db/schema/orders.ts) is made from this list, and
 * the zod schemas of the dashboard forms and the emails use it without loading the database schema.
 */
export const orderStatusValues = [
  "placed",
  "confirmed",
  "sent_to_supplier",
  "shipped",
  "ready_for_pickup",
  "delivered",
  "collected",
  "cancelled",
] as const;

/** Maintenance (issue 14): read_only serves pages but refuses ordering and cancelling; closed answers 503. */
export const maintenanceModeValues = ["off", "read_only", "closed"] as const;
export type MaintenanceMode = (typeof maintenanceModeValues)[number];

/** Why an order's personal data was erased (issue 13). */
export const erasureReasonValues = ["retention", "attendee_request", "owner_request"] as const;
export type ErasureReason = (typeof erasureReasonValues)[number];
