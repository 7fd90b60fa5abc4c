import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, events, items, orderLines, orders, variants } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import { type ScopedEvent } from "./item-locks";
import { getOrgEvent } from "@/lib/events/org-event";

export interface CatalogVariant {
  id: string;
  label: string;
  /** Units still available to order. */
  available: number;
  /** Units on orders that are not cancelled. */
  ordered: number;
}

export interface CatalogItem {
  id: string;
  name: string;
  description: string;
  priceMinor: number;
  maxPerOrder: number;
  active: boolean;
  archived: boolean;
  image: { url: string; width: number; height: number } | null;
  variants: CatalogVariant[];
}

/**
 * An event's items for the dashboard, each with its image and its variants' available and ordered counts.
 * Three queries whatever the number of items. `archived` picks the archived items instead of the current ones.
 */
export async function listItems({
  db,
  orgId,
  eventId,
  archived = false,
  itemId,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  archived?: boolean;
  /** Only this item (the edit page), archived or not. */
  itemId?: string;
}): Promise<{ event: ScopedEvent; items: CatalogItem[] }> {
  const event = await getOrgEvent({ db, orgId, eventId });
  const itemRows = await db
    .select({
      id: items.id,
      name: items.name,
      description: items.description,
      priceMinor: items.priceMinor,
      maxPerOrder: items.maxPerOrder,
      active: items.active,
      archivedAt: items.archivedAt,
      image: { url: blobs.url, width: blobs.width, height: blobs.height },
    })
    .from(items)
    .innerJoin(events, eq(events.id, items.eventId))
    .leftJoin(blobs, and(eq(blobs.id, items.imageBlobId), eq(blobs.orgId, events.orgId)))
    .where(
      and(
        eq(items.eventId, event.id),
        eq(events.orgId, orgId),
        itemId ? eq(items.id, itemId) : archived ? isNotNull(items.archivedAt) : isNull(items.archivedAt),
      ),
    )
    .orderBy(asc(items.displayOrder), asc(items.createdAt), asc(items.id));
  if (itemRows.length === 0) return { event, items: [] };

  const ordered = db
    .select({
      variantId: orderLines.variantId,
      quantity: sql<number>`sum(${orderLines.quantity})::int`.as("quantity"),
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.eventId, event.id), ne(orders.status, "cancelled")))
    .groupBy(orderLines.variantId)
    .as("ordered");
  const variantRows = await db
    .select({
      id: variants.id,
      itemId: variants.itemId,
      label: variants.label,
      available: variants.stock,
      ordered: sql<number>`coalesce(${ordered.quantity}, 0)::int`,
    })
    .from(variants)
    .leftJoin(ordered, eq(ordered.variantId, variants.id))
    .where(
      and(
        eq(variants.eventId, event.id),
        inArray(
          variants.itemId,
          itemRows.map((i) => i.id),
        ),
      ),
    )
    .orderBy(asc(variants.displayOrder), asc(variants.createdAt), asc(variants.id));

  const byItem = new Map<string, CatalogVariant[]>();
  for (const v of variantRows) {
    const list = byItem.get(v.itemId) ?? [];
    list.push({ id: v.id, label: v.label, available: v.available, ordered: v.ordered });
    byItem.set(v.itemId, list);
  }
  return {
    event,
    items: itemRows.map(({ archivedAt, image, ...item }) => ({
      ...item,
      archived: archivedAt !== null,
      image: image?.url ? image : null,
      variants: byItem.get(item.id) ?? [],
    })),
  };
}

export async function getItem({
  db,
  orgId,
  eventId,
  itemId,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  itemId: string;
}): Promise<{ event: ScopedEvent; item: CatalogItem }> {
  const { event, items: found } = await listItems({ db, orgId, eventId, itemId });
  const [item] = found;
  if (!item) throw new NotFoundError("item");
  return { event, item };
}
