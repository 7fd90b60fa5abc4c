import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { items, stockAdjustments, variants } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { catalogLimits } from "./catalog-limits";
import { parsePrice } from "./price";
import { splitLabels, type CreateItemForm, type ItemFields } from "./schemas";
import { lockItem, nextPosition, type ScopedEvent } from "./item-locks";
import { getOrgEvent } from "@/lib/events/org-event";

type Actor = { orgId: string; userId: string };

function priceOrReject(event: ScopedEvent, text: string): number {
  const price = parsePrice(text, event.currency);
  if (!price.ok)
    reject("invalid_input", "Please correct the highlighted fields.", { price: [price.message] });
  return price.minor;
}

function itemValues(event: ScopedEvent, fields: ItemFields) {
  return {
    name: fields.name,
    description: fields.description,
    priceMinor: priceOrReject(event, fields.price),
    maxPerOrder: fields.maxPerOrder,
    active: fields.active,
  };
}

/**
 * A new item at the end of the event's list, with its variants ("S, M, L", or one "One size") each holding
 * `initialStock`; the initial stock is recorded as an adjustment like any other, so stock never appears silently.
 */
export async function createItem({
  db,
  actor,
  eventId,
  fields,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  fields: CreateItemForm;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  const values = itemValues(event, fields);
  const labels = splitLabels(fields.variantLabels);
  const variantLabels = labels.length > 0 ? labels : ["One size"];
  return db.transaction(async (tx) => {
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int`, next: nextPosition(items.displayOrder) })
      .from(items)
      .where(eq(items.eventId, event.id));
    if ((count?.n ?? 0) >= catalogLimits.itemsPerEvent) {
      reject("conflict", `An event can have at most ${catalogLimits.itemsPerEvent} items.`);
    }
    const [item] = await tx
      .insert(items)
      .values({ ...values, eventId: event.id, displayOrder: count?.next ?? 0 })
      .returning();
    if (!item) throw new Error("inserting the item returned nothing");
    const created = await tx
      .insert(variants)
      .values(
        variantLabels.map((label, i) => ({
          itemId: item.id,
          eventId: event.id,
          label,
          stock: fields.initialStock,
          displayOrder: i,
        })),
      )
      .returning({ id: variants.id });
    if (fields.initialStock > 0) {
      await tx.insert(stockAdjustments).values(
        created.map((v) => ({
          variantId: v.id,
          delta: fields.initialStock,
          stockAfter: fields.initialStock,
          reason: "Initial stock",
          actorUserId: actor.userId,
        })),
      );
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "item.created",
      targetType: "item",
      targetId: item.id,
      details: {
        eventId: event.id,
        name: item.name,
        priceMinor: item.priceMinor,
        variants: variantLabels,
        initialStock: fields.initialStock,
      },
    });
    return item;
  });
}

export async function updateItem({
  db,
  actor,
  eventId,
  itemId,
  fields,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemId: string;
  fields: ItemFields;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  const values = itemValues(event, fields);
  return db.transaction(async (tx) => {
    await lockItem({ tx, orgId: actor.orgId, eventId: event.id, itemId });
    const [before] = await tx.select().from(items).where(eq(items.id, itemId));
    if (before?.archivedAt && values.active) {
      reject("invalid_input", "Please correct the highlighted fields.", {
        active: ["Archived items cannot be active: unarchive it first"],
      });
    }
    const [item] = await tx.update(items).set(values).where(eq(items.id, itemId)).returning();
    if (!before || !item) throw new Error("the locked item disappeared");
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => before[k] !== item[k]);
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "item.updated",
      targetType: "item",
      targetId: item.id,
      details: {
        eventId: event.id,
        changed: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: item[k] }])),
      },
    });
    return item;
  });
}

/**
 * Archiving hides the item from attendees and from the default list; orders keep it. It also makes the item
 * inactive, which is what the order transaction checks (lib/orders/reserve-stock.ts), so an archived item can
 * never be ordered even from a stale page. Unarchiving leaves it inactive: it reappears for attendees only
 * when the organiser activates it on purpose.
 */
export async function setItemArchived({
  db,
  actor,
  eventId,
  itemId,
  archived,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemId: string;
  archived: boolean;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  return db.transaction(async (tx) => {
    const item = await lockItem({ tx, orgId: actor.orgId, eventId: event.id, itemId });
    if (archived === (item.archivedAt !== null)) {
      reject("conflict", `${item.name} is ${archived ? "already archived" : "not archived"}.`);
    }
    await tx
      .update(items)
      .set(archived ? { archivedAt: new Date(), active: false } : { archivedAt: null })
      .where(eq(items.id, item.id));
    if (!archived) {
      // Back at the end of the list rather than at a stale position among the current items.
      await tx
        .update(items)
        .set({
          displayOrder: sql`(select ${nextPosition(items.displayOrder)} from ${items} where ${and(
            eq(items.eventId, event.id),
            isNull(items.archivedAt),
          )})`,
        })
        .where(eq(items.id, item.id));
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: archived ? "item.archived" : "item.updated",
      targetType: "item",
      targetId: item.id,
      details: { eventId: event.id, name: item.name, archived },
    });
    return item;
  });
}
