import { index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { events } from "./events";
import type { FieldDefinition } from "@/lib/forms/field-schemas";

/** Immutable published versions of an event's order form. Orders point at the version they answered. */
export const formVersions = pgTable(
  "form_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    fields: jsonb().$type<FieldDefinition[]>().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("form_versions_event_version_key").on(t.eventId, t.version),
    index("form_versions_event_id_idx").on(t.eventId),
    index("form_versions_published_by_user_id_idx").on(t.publishedByUserId),
  ],
);

/**
 * The form an organiser is editing: one per event, saved as they type (so nothing typed is lost, even while
 * it is not yet valid). Publishing checks it and copies it into a new immutable form version.
 */
export const formDrafts = pgTable(
  "form_drafts",
  {
    eventId: uuid()
      .primaryKey()
      .references(() => events.id, { onDelete: "cascade" }),
    /** Field definitions as edited; validated on every save, required to be valid only to publish. */
    fields: jsonb().$type<unknown[]>().notNull(),
    /** Incremented by every save: an autosave based on an older revision is refused (two editors). */
    revision: integer().notNull().default(1),
    /** The published version this draft started from or was restored from; null for a new form. */
    basedOnVersion: integer(),
    updatedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("form_drafts_updated_by_user_id_idx").on(t.updatedByUserId)],
);

export type FormVersion = typeof formVersions.$inferSelect;
export type FormDraft = typeof formDrafts.$inferSelect;
