import { index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { events } from "./events";
import type { FieldDefinition } from "@/lib/forms/definitions";

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
  },
  (t) => [
    uniqueIndex("form_versions_event_version_key").on(t.eventId, t.version),
    index("form_versions_event_id_idx").on(t.eventId),
  ],
);

export type FormVersion = typeof formVersions.$inferSelect;
