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
import { maintenanceModeValues } from "./enum-values";
import type { PageContent } from "@/lib/events/page-content";
import type { PageDocument } from "@/lib/pages/page-document";
import type { Theme } from "@/lib/pages/theme";
import { users } from "./auth";

export const eventStatus = pgEnum("event_status", ["draft", "published", "closed", "archived"]);
export const maintenanceMode = pgEnum("maintenance_mode", maintenanceModeValues);

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
    /** Overrides the organisation's retention period (days after the event ends); null = the default. */
    retentionDays: integer(),
    /** Per-event maintenance (issue 14), with the message attendees see. */
    maintenanceMode: maintenanceMode().notNull().default("off"),
    maintenanceMessage: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("events_slug_key").on(t.slug),
    index("events_org_id_idx").on(t.orgId),
    check("events_max_orders_positive", sql`${t.maxOrdersPerAttendee} >= 1`),
    check(
      "events_retention_days_range",
      sql`${t.retentionDays} is null or ${t.retentionDays} between 1 and 3650`,
    ),
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
    /**
     * The older single-form content (title, tagline, colours…). Still written on every publish, derived from
     * the document and theme, because the order page's branding and the emails read it.
     */
    content: jsonb().$type<PageContent>().notNull(),
    /** The block document (ADR 021), validated by lib/pages/page-document. Null on rows from before the editor. */
    document: jsonb().$type<PageDocument>(),
    /** The page's theme (lib/pages/theme). Null on rows from before the editor. */
    theme: jsonb().$type<Theme>(),
    publishedAt: timestamp({ withTimezone: true }),
    publishedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("event_pages_event_version_key").on(t.eventId, t.version),
    index("event_pages_published_by_user_id_idx").on(t.publishedByUserId),
  ],
);

/**
 * The landing page a marketer is editing: one per event, autosaved as they type (kept even while invalid,
 * bounded by pageDraftMaxBytes). Publishing validates it and copies it into a new immutable event_pages row.
 */
export const pageDrafts = pgTable(
  "page_drafts",
  {
    eventId: uuid()
      .primaryKey()
      .references(() => events.id, { onDelete: "cascade" }),
    /** The Puck document as edited; required to be valid only to publish. */
    document: jsonb().$type<unknown>().notNull(),
    theme: jsonb().$type<unknown>().notNull(),
    /** Incremented by every save: a save based on an older revision is refused (two editors). */
    revision: integer().notNull().default(1),
    /** The published version this draft started from or was restored from; null for a new page. */
    basedOnVersion: integer(),
    updatedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("page_drafts_updated_by_user_id_idx").on(t.updatedByUserId)],
);

/**
 * The preview links of an event's draft page that are still honoured (ADR 031). The token itself is the
 * signed `<event id>.<expiry>.<HMAC>` of ADR 022 and is never stored, only its sha256: a link opens the
 * preview only while its row exists, so revoking one link deletes its row and leaves the others working.
 */
export const pagePreviewLinks = pgTable(
  "page_preview_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("page_preview_links_event_id_idx").on(t.eventId, t.expiresAt),
    index("page_preview_links_created_by_user_id_idx").on(t.createdByUserId),
  ],
);

export type Event = typeof events.$inferSelect;
export type EventPage = typeof eventPages.$inferSelect;
export type PageDraft = typeof pageDrafts.$inferSelect;
