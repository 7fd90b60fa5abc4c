import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { stockAdjustments, variants } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";
import { catalogLimits } from "./catalog-limits";
import { getOrgEvent } from "@/lib/events/org-event";

type Actor = { orgId: string; userId: string };

/**
 * Adds `delta` (negative to remove) to a variant's available stock, with a reason. `stock` is what is still
 * available: units already ordered have left it. One conditional UPDATE decides, so racing with attendees'
 * orders (which take stock the same way) the result can never drop below zero, i.e. below what is ordered;
 * no read-then-write. The adjustment row and the audit entry are written in the same transaction.
 */
export async function adjustStock({
  db,
  actor,
  eventId,
  variantId,
  delta,
  reason,
}: {
  db: Db;
  actor: Actor;
  eventId: string;
  variantId: string;
  delta: number;
  reason: string;
}) {
  const event = await getOrgEvent({ db, orgId: actor.orgId, eventId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} + ${delta}` })
      .where(
        and(
          eq(variants.id, variantId),
          eq(variants.eventId, event.id),
          sql`${variants.stock} + ${delta} >= 0`,
          sql`${variants.stock} + ${delta} <= ${catalogLimits.stockMax}`,
        ),
      )
      .returning({ id: variants.id, stock: variants.stock, itemId: variants.itemId, label: variants.label });
    if (!row) {
      const [current] = await tx
        .select({ stock: variants.stock })
        .from(variants)
        .where(and(eq(variants.id, variantId), eq(variants.eventId, event.id)));
      if (!current) reject("not_found", "This variant does not exist or is not in your organisation.");
      const message =
        delta < 0
          ? `Only ${current.stock} available; the rest is already ordered`
          : `Stock can be at most ${catalogLimits.stockMax.toLocaleString("en")}; it is ${current.stock} now`;
      reject("conflict", message, { delta: [message] });
    }
    await tx.insert(stockAdjustments).values({
      variantId: row.id,
      delta,
      stockAfter: row.stock,
      reason,
      actorUserId: actor.userId,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: "variant.stock_adjusted",
      targetType: "variant",
      targetId: row.id,
      details: {
        eventId: event.id,
        itemId: row.itemId,
        label: row.label,
        delta,
        stockAfter: row.stock,
        reason,
      },
    });
    return { stock: row.stock };
  });
}
