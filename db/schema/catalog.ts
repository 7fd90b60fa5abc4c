import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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

export type Item = typeof items.$inferSelect;
export type Variant = typeof variants.$inferSelect;
