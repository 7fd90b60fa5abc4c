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
