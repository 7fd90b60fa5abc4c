import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { events } from "./events";

export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "dead"]);

/**
 * What the provider reported after it accepted a message (Resend's delivery webhooks, issue 12): a sent
 * message can still bounce or be marked as spam. Null until the provider reports.
 */
export const outboxDeliveryStatus = pgEnum("outbox_delivery_status", [
  "delivered",
  "delivery_delayed",
  "bounced",
  "complained",
]);

/**
 * Emails waiting to be sent, written in the same transaction as the change that caused them.
 * The dispatcher claims due rows with FOR UPDATE SKIP LOCKED; `id` is the provider's idempotency key.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid().references(() => events.id, { onDelete: "cascade" }),
    /** Template name, e.g. "order-confirmation"; the payload is that template's props. */
    template: text().notNull(),
    toAddress: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: outboxStatus().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** While a dispatcher is sending, the row is leased until this time (crash safety). */
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    providerMessageId: text(),
    deliveryStatus: outboxDeliveryStatus(),
    deliveryStatusAt: timestamp({ withTimezone: true }),
    /** The provider's short reason (a bounce's type and message); never the recipient's address. */
    deliveryDetail: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("outbox_messages_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_messages_event_id_idx").on(t.eventId),
    // Delivery webhooks name the message by the provider's id.
    index("outbox_messages_provider_message_id_idx").on(t.providerMessageId),
    // Erasure finds an order's attendee mail by the order id in its payload (ADR 026).
    index("outbox_messages_order_id_idx").on(sql`(${t.payload} #>> '{order,orderId}')`),
  ],
);

/** What the local mail transport delivered (development only; /dev/mail reads it). */
export const localMailbox = pgTable(
  "local_mailbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    outboxMessageId: uuid(),
    /** Idempotency key of the send; unique so a retried send is stored once. */
    idempotencyKey: text().notNull().unique(),
    fromAddress: text().notNull(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** Files sent with the mail (a supplier's batch CSV), content base64-encoded as the provider takes it. */
    attachments: jsonb()
      .$type<{ filename: string; contentType: string; contentBase64: string }[]>()
      .notNull()
      .default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("local_mailbox_created_idx").on(t.createdAt),
    index("local_mailbox_outbox_message_id_idx").on(t.outboxMessageId),
  ],
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type LocalMail = typeof localMailbox.$inferSelect;
