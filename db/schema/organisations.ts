import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** Days after an event ends before its orders' personal data is erased, unless the event overrides it. */
    retentionDaysDefault: integer().notNull().default(90),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("organisations_retention_days_range", sql`${t.retentionDaysDefault} between 1 and 3650`)],
);

export type Organisation = typeof organisations.$inferSelect;
