import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { items, variants } from "@/db/schema";
import { addFieldError, type FieldErrors } from "./field-errors";
import type { OrderLineInput } from "./order-input";

export type ReservedLine = {
  variantId: string;
  itemId: string;
  itemName: string;
  variantLabel: string;
  quantity: number;
  unitPriceMinor: number;
};

/** Why a line failed: the line is wrong (invalid), the item cannot be ordered (unavailable), or stock is short. */
export type LineFailureKind = "invalid" | "unavailable" | "stock";

export type ReserveResult =
  { ok: true; lines: ReservedLine[] } | { ok: false; kinds: Set<LineFailureKind>; fieldErrors: FieldErrors };

/**
 * Takes stock for every line inside the caller's transaction (ARCHITECTURE decision 3). Rows are taken in a
 * fixed order (by variant id) so two orders for the same variants can never deadlock, and each decrement is
 * conditional, so stock is never read and then written without a lock: a concurrent order waits on the row
 * and re-checks `stock >= q` against the committed value. On failure the caller must roll back.
 */
export async function reserveStock({
  tx,
  eventId,
  lines,
}: {
  tx: Db;
  eventId: string;
  lines: OrderLineInput[];
}): Promise<ReserveResult> {
  const ordered = lines
    .map((line, index) => ({ ...line, index }))
    .sort((a, b) => compare(a.variantId, b.variantId));
  const reserved: (ReservedLine & { index: number; maxPerOrder: number })[] = [];

  for (const [position, line] of ordered.entries()) {
    const [row] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} - ${line.quantity}` })
      .from(items)
      .where(
        and(
          eq(variants.id, line.variantId),
          eq(variants.eventId, eventId),
          gte(variants.stock, line.quantity),
          eq(items.id, variants.itemId),
          eq(items.active, true),
          gte(items.maxPerOrder, line.quantity),
        ),
      )
      .returning({
        itemId: items.id,
        itemName: items.name,
        variantLabel: variants.label,
        unitPriceMinor: items.priceMinor,
        maxPerOrder: items.maxPerOrder,
      });
    if (!row) return explainFailures({ tx, eventId, lines: ordered.slice(position) });
    reserved.push({ ...row, variantId: line.variantId, quantity: line.quantity, index: line.index });
  }

  const overItemLimit = itemLimitErrors(reserved);
  if (overItemLimit) return { ok: false, kinds: new Set(["invalid"]), fieldErrors: overItemLimit };
  // Back in the attendee's order, so lines read as they were chosen.
  reserved.sort((a, b) => a.index - b.index);
  return {
    ok: true,
    lines: reserved.map((l) => ({
      variantId: l.variantId,
      itemId: l.itemId,
      itemName: l.itemName,
      variantLabel: l.variantLabel,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
    })),
  };
}

/**
 * The conditional update says only "no"; this says why, for this line and every later one, so the attendee
 * sees every problem at once. Plain reads suffice: the transaction is rolled back anyway.
 */
async function explainFailures({
  tx,
  eventId,
  lines,
}: {
  tx: Db;
  eventId: string;
  lines: (OrderLineInput & { index: number })[];
}): Promise<ReserveResult> {
  const found = await tx
    .select({ id: variants.id, stock: variants.stock, active: items.active, maxPerOrder: items.maxPerOrder })
    .from(variants)
    .innerJoin(items, eq(items.id, variants.itemId))
    .where(
      and(
        eq(variants.eventId, eventId),
        inArray(
          variants.id,
          lines.map((l) => l.variantId),
        ),
      ),
    );
  const byId = new Map(found.map((v) => [v.id, v]));

  const fieldErrors: FieldErrors = {};
  const kinds = new Set<LineFailureKind>();
  for (const line of lines) {
    const variant = byId.get(line.variantId);
    if (!variant || !variant.active) {
      kinds.add("unavailable");
      addFieldError(fieldErrors, `lines.${line.index}.variantId`, "This item is not available");
    } else if (line.quantity > variant.maxPerOrder) {
      kinds.add("invalid");
      addFieldError(
        fieldErrors,
        `lines.${line.index}.quantity`,
        `You can order at most ${variant.maxPerOrder} of this item`,
      );
    } else if (line.quantity > variant.stock) {
      kinds.add("stock");
      addFieldError(
        fieldErrors,
        `lines.${line.index}.quantity`,
        variant.stock === 0 ? "Sold out" : `Only ${variant.stock} left`,
      );
    }
  }
  // A line that failed the update must have a reason; if stock came back between the two statements, say so.
  if (kinds.size === 0) {
    kinds.add("stock");
    addFieldError(
      fieldErrors,
      `lines.${lines[0]?.index ?? 0}.quantity`,
      "Stock changed while you ordered; please try again",
    );
  }
  return { ok: false, kinds, fieldErrors };
}

/** maxPerOrder is per item: M and L of one t-shirt together still count against it. */
function itemLimitErrors(
  lines: { itemId: string; quantity: number; maxPerOrder: number; index: number }[],
): FieldErrors | null {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(line.itemId, (totals.get(line.itemId) ?? 0) + line.quantity);
  let errors: FieldErrors | null = null;
  for (const line of lines) {
    if ((totals.get(line.itemId) ?? 0) <= line.maxPerOrder) continue;
    errors ??= {};
    addFieldError(
      errors,
      `lines.${line.index}.quantity`,
      `You can order at most ${line.maxPerOrder} of this item in total`,
    );
  }
  return errors;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
