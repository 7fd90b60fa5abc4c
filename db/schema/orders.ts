import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  char,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { erasureReasonValues, orderStatusValues } from "@/db/schema/enum-values";
import { users } from "./auth";
import { events } from "./events";
import { formVersions } from "./forms";
import { items, variants } from "./catalog";

export const orderStatus = pgEnum("order_status", orderStatusValues);
export const erasureReason = pgEnum("erasure_reason", erasureReasonValues);

/** Room for online payment later; today paid items are paid on collection or invoiced. */
export const paymentStatus = pgEnum("payment_status", [
  "not_required",
  "due_on_collection",
  "paid",
  "refunded",
]);

export const orders = pgTable(
  "orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    /** Short human reference, unique per event (DEV-7K3M9Q). */
    reference: text().notNull(),
    status: orderStatus().notNull().default("placed"),
    /** Personal data: erased on request or after the retention period. */
    attendeeName: text().notNull(),
    attendeeEmail: text().notNull(),
    /** Lower-cased, trimmed email: the key of the per-attendee limit. */
    emailNormalised: text().notNull(),
    answers: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    formVersionId: uuid().references(() => formVersions.id, { onDelete: "restrict" }),
    totalMinor: bigint({ mode: "number" }).notNull().default(0),
    currency: char({ length: 3 }).notNull(),
    paymentStatus: paymentStatus().notNull().default("not_required"),
    idempotencyKey: uuid().notNull(),
    /** sha256 of the private my-order token; the token itself is never stored. */
    accessTokenHash: text().notNull(),
    erasedAt: timestamp({ withTimezone: true }),
    erasureReason: erasureReason(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("orders_event_reference_key").on(t.eventId, t.reference),
    uniqueIndex("orders_event_idempotency_key").on(t.eventId, t.idempotencyKey),
    uniqueIndex("orders_access_token_hash_key").on(t.accessTokenHash),
    index("orders_event_email_idx").on(t.eventId, t.emailNormalised),
    // The dashboard's orders table pages by keyset (created_at, id) within an event, optionally by status;
    // search uses trigram indexes (ADR 007 shows the plans).
    index("orders_event_created_idx").on(t.eventId, t.createdAt, t.id),
    index("orders_event_status_created_idx").on(t.eventId, t.status, t.createdAt, t.id),
    index("orders_event_name_idx").on(t.eventId, t.attendeeName, t.id),
    index("orders_attendee_name_trgm_idx").using("gin", t.attendeeName.op("gin_trgm_ops")),
    index("orders_email_trgm_idx").using("gin", t.emailNormalised.op("gin_trgm_ops")),
    index("orders_form_version_id_idx").on(t.formVersionId),
    check("orders_total_non_negative", sql`${t.totalMinor} >= 0`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    itemId: uuid()
      .notNull()
      .references(() => items.id, { onDelete: "restrict" }),
    variantId: uuid()
      .notNull()
      .references(() => variants.id, { onDelete: "restrict" }),
    quantity: integer().notNull(),
    unitPriceMinor: integer().notNull(),
    /** Snapshots, so renaming an item never rewrites what an attendee ordered. */
    itemName: text().notNull(),
    variantLabel: text().notNull(),
  },
  (t) => [
    index("order_lines_order_id_idx").on(t.orderId),
    index("order_lines_item_id_idx").on(t.itemId),
    index("order_lines_variant_id_idx").on(t.variantId),
    check("order_lines_quantity_positive", sql`${t.quantity} >= 1`),
    check("order_lines_price_non_negative", sql`${t.unitPriceMinor} >= 0`),
  ],
);

export const orderStatusHistory = pgTable(
  "order_status_history",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    fromStatus: orderStatus(),
    toStatus: orderStatus().notNull(),
    /** "attendee", "system", or a user id once the dashboard exists. */
    actor: text().notNull(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_status_history_order_id_idx").on(t.orderId, t.createdAt)],
);

/** Internal notes on an order: seen by the team only, never by the attendee. */
export const orderNotes = pgTable(
  "order_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    authorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("order_notes_order_id_idx").on(t.orderId, t.createdAt),
    index("order_notes_author_user_id_idx").on(t.authorUserId),
  ],
);

export type OrderNote = typeof orderNotes.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type OrderLine = typeof orderLines.$inferSelect;
export type OrderStatus = (typeof orderStatus.enumValues)[number];
