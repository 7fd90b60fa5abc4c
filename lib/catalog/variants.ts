import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orderLines, stockAdjustments, variants } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { catalogLimits } from "./catalog-limits";
import { lockItem, lockVariant, nextPosition } from "./item-locks";
import { getOrgEvent } from "@/lib/events/org-event";

type Actor = { orgId: string; userId: string };

/** Labels are unique per item, ignoring case: two "M" variants would confuse attendees and suppliers. */
async function rejectDuplicateLabel(
  tx: Db,
  { itemId, label, exceptId }: { itemId: string; label: string; exceptId?: string },
) {
  const [clash] = await tx
    .select({ id: variants.id })
    .from(variants)
    .where(
      and(
        eq(variants.itemId, itemId),
        sql`lower(${variants.label}) = lower(${label})`,
        exceptId ? ne(variants.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    reject("invalid_input", "Please correct the highlighted fields.", {
      label: [`This item already has a variant labelled “${label}”`],
    });
  }
}

export async function createVariant({
  db,
  actor,
  eventId,
  itemId,
  label,
  stock,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  itemId: string;
  label: string;
  stock: number;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  return db.transaction(async (tx) => {
    // The item's lock serialises label checks and positions of concurrent additions.
    const item = await lockItem({ tx, orgId: actor.orgId, eventId: event.id, itemId });
    await rejectDuplicateLabel(tx, { itemId: item.id, label });
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int`, next: nextPosition(variants.displayOrder) })
      .from(variants)
      .where(eq(variants.itemId, item.id));
    if ((count?.n ?? 0) >= catalogLimits.variantsPerItem) {
      reject("conflict", `An item can have at most ${catalogLimits.variantsPerItem} variants.`);
    }
    const [variant] = await tx
      .insert(variants)
      .values({ itemId: item.id, eventId: event.id, label, stock, displayOrder: count?.next ?? 0 })
      .returning();
    if (!variant) throw new Error("inserting the variant returned nothing");
    if (stock > 0) {
      await tx.insert(stockAdjustments).values({
        variantId: variant.id,
        delta: stock,
        stockAfter: stock,
        reason: "Initial stock",
        actorUserId: actor.userId,
      });
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "variant.created",
      targetType: "variant",
      targetId: variant.id,
      details: { eventId: event.id, itemId: item.id, label, stock },
    });
    return variant;
  });
}

export async function renameVariant({
  db,
  actor,
  eventId,
  variantId,
  label,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  variantId: string;
  label: string;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  return db.transaction(async (tx) => {
    const variant = await lockVariant({ tx, orgId: actor.orgId, eventId: event.id, variantId });
    await lockItem({ tx, orgId: actor.orgId, eventId: event.id, itemId: variant.itemId });
    await rejectDuplicateLabel(tx, { itemId: variant.itemId, label, exceptId: variant.id });
    await tx.update(variants).set({ label }).where(eq(variants.id, variant.id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "variant.updated",
      targetType: "variant",
      targetId: variant.id,
      details: { eventId: event.id, itemId: variant.itemId, label: { from: variant.label, to: label } },
    });
  });
}

/**
 * Deletes a variant nobody has ordered. Order lines keep a reference to their variant (orders are history),
 * so a variant with any order, even a cancelled one, is refused: setting its stock to 0 retires it instead.
 */
export async function deleteVariant({
  db,
  actor,
  eventId,
  variantId,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  variantId: string;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  return db.transaction(async (tx) => {
    const variant = await lockVariant({ tx, orgId: actor.orgId, eventId: event.id, variantId });
    const [ordered] = await tx
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.variantId, variant.id))
      .limit(1);
    if (ordered) {
      reject("conflict", `${variant.itemName} – ${variant.label} has orders — set its stock to 0 instead.`);
    }
    await tx.delete(variants).where(eq(variants.id, variant.id));
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "variant.deleted",
      targetType: "variant",
      targetId: variant.id,
      details: { eventId: event.id, itemId: variant.itemId, label: variant.label, stock: variant.stock },
    });
    return variant;
  });
}
