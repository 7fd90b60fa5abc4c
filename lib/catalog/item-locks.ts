import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Event } from "@/db/schema";
import { events, items, variants } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";

/**
 * Every catalogue query starts from an event of the member's organisation: ids from the browser are only
 * trusted after this join. Another organisation's event, item or variant is "not found", never "forbidden",
 * so a refusal does not reveal that it exists.
 */
export type ScopedEvent = Event;

/**
 * An item of the organisation's event, locked for the rest of the transaction so concurrent edits of the same
 * item (labels, order of variants) are serialised.
 */
export async function lockItem({
  tx,
  orgId,
  eventId,
  itemId,
  lock = true,
}: {
  tx: Db;
  orgId: string;
  eventId: string;
  itemId: string;
  /** false: only check that it is in scope (outside a transaction a lock would end at once anyway). */
  lock?: boolean;
}) {
  const query = tx
    .select({
      id: items.id,
      name: items.name,
      archivedAt: items.archivedAt,
      imageBlobId: items.imageBlobId,
    })
    .from(items)
    .innerJoin(events, eq(events.id, items.eventId))
    .where(and(eq(items.id, itemId), eq(items.eventId, eventId), eq(events.orgId, orgId)));
  const [item] = lock ? await query.for("update", { of: items }) : await query;
  if (!item) throw new NotFoundError("item");
  return item;
}

/** A variant of the organisation's event, with its item, locked for the transaction. */
export async function lockVariant({
  tx,
  orgId,
  eventId,
  variantId,
}: {
  tx: Db;
  orgId: string;
  eventId: string;
  variantId: string;
}) {
  const [variant] = await tx
    .select({
      id: variants.id,
      itemId: variants.itemId,
      label: variants.label,
      stock: variants.stock,
      itemName: items.name,
    })
    .from(variants)
    .innerJoin(items, eq(items.id, variants.itemId))
    .innerJoin(events, eq(events.id, variants.eventId))
    .where(and(eq(variants.id, variantId), eq(variants.eventId, eventId), eq(events.orgId, orgId)))
    .for("update", { of: variants });
  if (!variant) throw new NotFoundError("variant");
  return variant;
}

/** The next display position at the end of a list. */
export const nextPosition = (column: typeof items.displayOrder | typeof variants.displayOrder) =>
  sql<number>`coalesce(max(${column}) + 1, 0)::int`;
