import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { items } from "./catalog";
import { cascadingRef } from "./columns";
import { events } from "./events";
import { orderLines, orders } from "./orders";
import { organisations } from "./organisations";
import { outboxMessages } from "./outbox";

export const supplierDispatchMode = pgEnum("supplier_dispatch_mode", ["immediate", "batch"]);
export const supplierLineMark = pgEnum("supplier_line_mark", ["shipped", "ready_for_pickup"]);
/** When a batch supplier's list goes out: when the event's ordering closes, daily at a local time, or by hand. */
export const supplierBatchSchedule = pgEnum("supplier_batch_schedule", ["window_close", "daily", "manual"]);
export const supplierDispatchKind = pgEnum("supplier_dispatch_kind", ["immediate", "batch"]);

/** Who makes or hands out items (PRODUCT "Suppliers"): per organisation, reached by email, no account. */
export const suppliers = pgTable(
  "suppliers",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: cascadingRef(() => organisations.id),
    name: text().notNull(),
    /** One or more contact addresses; every dispatch goes to each of them. */
    emails: text().array().notNull(),
    note: text().notNull().default(""),
    dispatchMode: supplierDispatchMode().notNull().default("immediate"),
    batchSchedule: supplierBatchSchedule().notNull().default("window_close"),
    /** "HH:MM" in the event's time zone; only for the daily schedule. */
    dailyAt: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("suppliers_org_id_idx").on(t.orgId, t.name),
    uniqueIndex("suppliers_org_name_key").on(t.orgId, sql`lower(${t.name})`),
    check("suppliers_has_email", sql`cardinality(${t.emails}) >= 1`),
    check(
      "suppliers_daily_at",
      sql`(${t.batchSchedule} <> 'daily') or (${t.dailyAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    ),
  ],
);

/**
 * Which supplier fulfils an item: the item id is the key, so an item has at most one supplier. No row means
 * the organisers fulfil it themselves. Kept out of `items` so the catalog knows nothing of suppliers.
 */
export const itemSuppliers = pgTable(
  "item_suppliers",
  {
    itemId: uuid()
      .primaryKey()
      .references(() => items.id, { onDelete: "cascade" }),
    supplierId: cascadingRef(() => suppliers.id),
  },
  (t) => [index("item_suppliers_supplier_id_idx").on(t.supplierId)],
);

/**
 * The form fields (by key; "attendee.name" and "attendee.email" for the built-in ones) a supplier receives
 * for one event. Anything not listed never leaves Swagstand for that supplier.
 */
export const supplierSharedFields = pgTable(
  "supplier_shared_fields",
  {
    supplierId: cascadingRef(() => suppliers.id),
    eventId: cascadingRef(() => events.id),
    fieldKeys: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.supplierId, t.eventId] }),
    index("supplier_shared_fields_event_id_idx").on(t.eventId),
  ],
);

/**
 * What was sent to a supplier and when. The idempotency key makes creating the same dispatch twice (the
 * same order confirmed again, a window-close run repeated) a no-op.
 */
export const supplierDispatches = pgTable(
  "supplier_dispatches",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: cascadingRef(() => organisations.id),
    eventId: cascadingRef(() => events.id),
    supplierId: cascadingRef(() => suppliers.id),
    kind: supplierDispatchKind().notNull(),
    /** order_confirmed, window_close, daily or manual. */
    trigger: text().notNull(),
    idempotencyKey: text().notNull().unique(),
    /** Who pressed "Send now" (null for automatic dispatches). */
    actorUserId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("supplier_dispatches_event_supplier_idx").on(t.eventId, t.supplierId, t.createdAt),
    index("supplier_dispatches_org_id_idx").on(t.orgId),
    index("supplier_dispatches_supplier_id_idx").on(t.supplierId),
  ],
);

/**
 * The order lines a dispatch covered. An order line is dispatched at most once (unique), which is what keeps
 * a line out of two batches however dispatch runs and new orders interleave.
 */
export const supplierDispatchLines = pgTable(
  "supplier_dispatch_lines",
  {
    dispatchId: cascadingRef(() => supplierDispatches.id),
    orderLineId: cascadingRef(() => orderLines.id),
    orderId: cascadingRef(() => orders.id),
    /**
     * The supplier's own mark on this line (shipped or ready for pickup), so that one supplier's mark on an
     * order that also holds another supplier's items is recorded per line, not as the whole order's status.
     */
    mark: supplierLineMark(),
    markedAt: timestamp({ withTimezone: true }),
    trackingNumber: text(),
    carrier: text(),
  },
  (t) => [
    primaryKey({ columns: [t.dispatchId, t.orderLineId] }),
    uniqueIndex("supplier_dispatch_lines_line_key").on(t.orderLineId),
    index("supplier_dispatch_lines_order_id_idx").on(t.orderId),
  ],
);

/** The outbox messages (one per contact address, plus resends) that carried a dispatch. */
export const supplierDispatchMessages = pgTable(
  "supplier_dispatch_messages",
  {
    dispatchId: cascadingRef(() => supplierDispatches.id),
    outboxMessageId: cascadingRef(() => outboxMessages.id),
  },
  (t) => [
    primaryKey({ columns: [t.dispatchId, t.outboxMessageId] }),
    index("supplier_dispatch_messages_outbox_message_id_idx").on(t.outboxMessageId),
  ],
);

/**
 * A supplier's private link to its list for one event (no account). The token is derived from the id with
 * the app secret and never stored; only its sha256 is. Revoking sets revoked_at; a new link is a new row.
 */
export const supplierLinks = pgTable(
  "supplier_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    supplierId: cascadingRef(() => suppliers.id),
    eventId: cascadingRef(() => events.id),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("supplier_links_supplier_event_idx").on(t.supplierId, t.eventId, t.createdAt),
    index("supplier_links_event_id_idx").on(t.eventId),
  ],
);

export type Supplier = typeof suppliers.$inferSelect;
export type SupplierLink = typeof supplierLinks.$inferSelect;
export type SupplierDispatch = typeof supplierDispatches.$inferSelect;
