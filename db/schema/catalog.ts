import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { blobs } from "./blobs";
import { events } from "./events";

export const items = pgTable(
  "items",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    imageBlobId: uuid().references(() => blobs.id, { onDelete: "set null" }),
    /** Integer minor units of the event's currency; 0 means free. */
    priceMinor: integer().notNull().default(0),
    maxPerOrder: integer().notNull().default(1),
    active: boolean().notNull().default(true),
    displayOrder: integer().notNull().default(0),
    /** Archived items are hidden from attendees and from the default dashboard list; orders keep them. */
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("items_event_id_idx").on(t.eventId),
    index("items_image_blob_id_idx").on(t.imageBlobId),
    check("items_price_non_negative", sql`${t.priceMinor} >= 0`),
    check("items_max_per_order_positive", sql`${t.maxPerOrder} >= 1`),
  ],
);

/** An orderable version of an item (a size), each with its own stock. */
export const variants = pgTable(
  "variants",
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    /** Denormalised from the item so the order transaction can scope variants to the event in one step. */
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    label: text().notNull(),
    /** Units still available. Never below zero: the order transaction decrements it conditionally. */
    stock: integer().notNull().default(0),
    displayOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("variants_item_id_idx").on(t.itemId),
    index("variants_event_id_idx").on(t.eventId),
    check("variants_stock_non_negative", sql`${t.stock} >= 0`),
  ],
);

/** Every manual stock change, with its reason: stock is never edited silently. */
export const stockAdjustments = pgTable(
  "stock_adjustments",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    variantId: uuid()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    delta: integer().notNull(),
    stockAfter: integer().notNull(),
    reason: text().notNull(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("stock_adjustments_variant_id_idx").on(t.variantId, t.createdAt),
    index("stock_adjustments_actor_user_id_idx").on(t.actorUserId),
  ],
);

export type Item = typeof items.$inferSelect;
export type Variant = typeof variants.$inferSelect;
