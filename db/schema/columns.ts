import { uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * A required reference to a parent row that goes away with it: `uuid not null references … on delete
 * cascade`, the usual shape of an owned row's foreign key.
 */
export function cascadingRef(target: () => AnyPgColumn) {
  return uuid().notNull().references(target, { onDelete: "cascade" });
}
