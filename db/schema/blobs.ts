import { bigint, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";

/** An uploaded image, already checked and re-encoded. `key` is the storage adapter's path. */
export const blobs = pgTable(
  "blobs",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    key: text().notNull().unique(),
    url: text().notNull(),
    contentType: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    bytes: bigint({ mode: "number" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("blobs_org_id_idx").on(t.orgId)],
);

export type Blob = typeof blobs.$inferSelect;
