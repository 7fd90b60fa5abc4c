import "server-only";
import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { items, variants } from "@/db/schema";

/**
 * The stock-changing statements of the order path, in one place beside the catalogue's other locks
 * (item-locks.ts). Every caller changes variants in ascending id order inside its transaction — placing takes
 * them that way, cancelling returns them that way — so an order and a (bulk) cancel can never deadlock.
 * The organisers' own stock adjustment (stock.ts) uses the same conditional-UPDATE idea with its own bounds.
 */

/**
 * Takes `quantity` of a variant if, at the moment the row is locked, there is enough stock and the item may be
 * ordered in that quantity. One conditional UPDATE: a concurrent order waits on the row and re-checks against
 * the committed value, so stock is never read and then written. The row stays locked until the caller commits.
 */
export async function takeVariantStock(
  tx: Db,
  { eventId, variantId, quantity }: { eventId: string; variantId: string; quantity: number },
): Promise<boolean> {
  const [row] = await tx
    .update(variants)
    .set({ stock: sql`${variants.stock} - ${quantity}` })
    .from(items)
    .where(
      and(
        eq(variants.id, variantId),
        eq(variants.eventId, eventId),
        gte(variants.stock, quantity),
        eq(items.id, variants.itemId),
        eq(items.active, true),
        gte(items.maxPerOrder, quantity),
      ),
    )
    .returning({ id: variants.id });
  return row !== undefined;
}

/** Puts quantities back (cancelled lines), summed per variant and applied in ascending variant id order. */
export async function returnVariantStock(tx: Db, lines: readonly { variantId: string; quantity: number }[]) {
  const byVariant = new Map<string, number>();
  for (const line of lines)
    byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
  for (const variantId of [...byVariant.keys()].sort()) {
    await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} + ${byVariant.get(variantId)!}` })
      .where(eq(variants.id, variantId));
  }
}
