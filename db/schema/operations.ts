import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { maintenanceMode } from "./events";

/**
 * Platform-wide settings an operator changes at run time (issue 14): a single row (id is always true).
 * The MAINTENANCE_MODE environment variable overrides the stored mode in an emergency.
 */
export const operatorSettings = pgTable(
  "operator_settings",
  {
    id: boolean().primaryKey().default(true),
    maintenanceMode: maintenanceMode().notNull().default("off"),
    maintenanceMessage: text(),
    updatedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("operator_settings_single_row", sql`${t.id}`)],
);

/**
 * Feature flags of Swagstand's own Postgres-backed provider for the `flags` SDK (issue 14). A flag is off
 * unless `enabled`; when enabled it is on for the listed organisations and events, and for
 * `rolloutPercent`% of the rest (a stable hash of the flag key and the subject).
 */
export const featureFlags = pgTable(
  "feature_flags",
  {
    key: text().primaryKey(),
    description: text().notNull().default(""),
    enabled: boolean().notNull().default(false),
    rolloutPercent: integer().notNull().default(0),
    orgIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    eventIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    updatedByUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("feature_flags_rollout_range", sql`${t.rolloutPercent} between 0 and 100`)],
);

export type FeatureFlagRow = typeof featureFlags.$inferSelect;
