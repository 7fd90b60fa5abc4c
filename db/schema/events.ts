import { sql } from "drizzle-orm";
import {
  check,
  char,
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
import { organisations } from "./organisations";
import type { PageContent } from "@/lib/events/page-content";

export const eventStatus = pgEnum("event_status", ["draft", "published", "closed", "archived"]);

export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The event's subdomain. Lowercase, unique across the platform. */
    slug: text().notNull(),
    name: text().notNull(),
    status: eventStatus().notNull().default("draft"),
    timeZone: text().notNull().default("UTC"),
    startsAt: timestamp({ withTimezone: true }),
    endsAt: timestamp({ withTimezone: true }),
    /** Ordering window; null bounds mean open from publication / until closed. */
    orderingOpensAt: timestamp({ withTimezone: true }),
    orderingClosesAt: timestamp({ withTimezone: true }),
    maxOrdersPerAttendee: integer().notNull().default(1),
    currency: char({ length: 3 }).notNull().default("EUR"),
    /** Reference prefix shown to attendees, e.g. DEV in DEV-7K3M9Q. */
    referencePrefix: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("events_slug_key").on(t.slug),
    index("events_org_id_idx").on(t.orgId),
    check("events_max_orders_positive", sql`${t.maxOrdersPerAttendee} >= 1`),
    check("events_slug_format", sql`${t.slug} ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'`),
  ],
);

/** Versions of an event's branded landing page. The newest published one is served. */
export const eventPages = pgTable(
  "event_pages",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    content: jsonb().$type<PageContent>().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("event_pages_event_version_key").on(t.eventId, t.version)],
);

export type Event = typeof events.$inferSelect;
export type EventPage = typeof eventPages.$inferSelect;
