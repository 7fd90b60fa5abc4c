/**
 * The value lists of the database enums, with no imports at all: the schema makes its enums from them, and
 * zod schemas, emails and client components use them without loading the schema (or anything else).
 */

/** Who a member is in an organisation; what each may do is lib/auth/permissions.ts. */
export const memberRoleValues = ["owner", "organiser", "marketer", "viewer"] as const;
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
