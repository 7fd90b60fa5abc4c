import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { items, variants } from "@/db/schema";
import { addFieldError, type FieldErrors } from "@/lib/validation/field-errors";
import { lineName, variantLabelShown, type LinePlace } from "@/lib/format/order-lines";
import { takeVariantStock } from "@/lib/catalog/variant-stock";
import type { OrderLineInput } from "./order-input";

export type ReservedLine = LinePlace & {
  variantId: string;
  quantity: number;
  unitPriceMinor: number;
  /** The item has only this variant: its label ("One size") is not worth showing. */
  singleVariant: boolean;
};

/** Why a line failed: the line is wrong (invalid), the item cannot be ordered (unavailable), or stock is short. */
export type LineFailureKind = "invalid" | "unavailable" | "stock";

export type ReserveResult =
  | { ok: true; lines: ReservedLine[] }
  | {
      ok: false;
      kinds: Set<LineFailureKind>;
      fieldErrors: FieldErrors;
      /** One sentence per line short of stock, naming the item and variant: "DevConf t-shirt (L) just sold out". */
      stockProblems: string[];
    };

/**
 * Prices, names and limits for the submitted lines, read without locks (snapshots as the attendee saw them).
 * Refuses early what is already certain: unknown or inactive items, a variant of another event, per-item
 * limits, and stock that is short right now. Stock that looks sufficient is only promised by takeStock.
 */
export async function quoteLines({
  tx,
  eventId,
  lines,
}: {
  tx: Db;
  eventId: string;
  lines: OrderLineInput[];
}): Promise<ReserveResult> {
  const indexed = lines.map((line, index) => ({ ...line, index }));
  const found = await readVariants({ tx, eventId, variantIds: lines.map((l) => l.variantId) });
  const byId = new Map(found.map((v) => [v.variantId, v]));
  const problems = describeProblems(indexed, byId);
  if (problems) return problems;

  const quoted = indexed.map((line) => ({
    ...byId.get(line.variantId)!,
    quantity: line.quantity,
    index: line.index,
  }));
  const overItemLimit = itemLimitErrors(quoted);
  if (overItemLimit) {
    return { ok: false, kinds: new Set(["invalid"]), fieldErrors: overItemLimit, stockProblems: [] };
  }
  return {
    ok: true,
    lines: quoted.map((l) => ({
      variantId: l.variantId,
      itemId: l.itemId,
      itemName: l.itemName,
      itemPosition: l.itemPosition,
      variantLabel: l.variantLabel,
      variantPosition: l.variantPosition,
      singleVariant: l.singleVariant,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
    })),
  };
}

/**
 * Takes stock for every line inside the caller's transaction (ARCHITECTURE decision 3), as its LAST step
 * before commit: the variant row stays locked from this update until the commit, so the less that follows,
 * the more orders a popular variant can take per second. Rows are taken in a fixed order (by variant id) so
 * two orders can never deadlock, and each decrement is conditional, so stock is never read and then written
 * without a lock: a concurrent order waits on the row and re-checks `stock >= q` against the committed value.
 * On failure the caller must roll back.
 */
export async function takeStock({
  tx,
  eventId,
  lines,
}: {
  tx: Db;
  eventId: string;
  lines: OrderLineInput[];
}): Promise<{ ok: true } | Extract<ReserveResult, { ok: false }>> {
  const ordered = lines
    .map((line, index) => ({ ...line, index }))
    .sort((a, b) => compare(a.variantId, b.variantId));
  for (const [position, line] of ordered.entries()) {
    const taken = await takeVariantStock(tx, { eventId, variantId: line.variantId, quantity: line.quantity });
    if (!taken) return explainFailures({ tx, eventId, lines: ordered.slice(position) });
  }
  return { ok: true };
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
}): Promise<Extract<ReserveResult, { ok: false }>> {
  const found = await readVariants({ tx, eventId, variantIds: lines.map((l) => l.variantId) });
  const problems = describeProblems(lines, new Map(found.map((v) => [v.variantId, v])));
  if (problems) return problems;
  // A line that failed the update must have a reason; if stock came back between the two statements, say so.
  const fieldErrors: FieldErrors = {};
  addFieldError(
    fieldErrors,
    `lines.${lines[0]?.index ?? 0}.quantity`,
    "Stock changed while you ordered; please try again",
  );
  return { ok: false, kinds: new Set(["stock"]), fieldErrors, stockProblems: [] };
}

/** The submitted variants of this event with their items: a variant of another event is simply not found. */
function readVariants({ tx, eventId, variantIds }: { tx: Db; eventId: string; variantIds: string[] }) {
  return tx
    .select({
      variantId: variants.id,
      stock: variants.stock,
      variantLabel: variants.label,
      variantPosition: variants.displayOrder,
      itemId: items.id,
      itemName: items.name,
      itemPosition: items.displayOrder,
      unitPriceMinor: items.priceMinor,
      maxPerOrder: items.maxPerOrder,
      active: items.active,
      singleVariant: sql<boolean>`(select count(*) = 1 from ${variants} as siblings where siblings.item_id = ${items.id})`,
    })
    .from(variants)
    .innerJoin(items, eq(items.id, variants.itemId))
    .where(and(eq(variants.eventId, eventId), inArray(variants.id, variantIds)));
}

/** Every line's problem at once (unknown, inactive, over the item's limit, short of stock), or null. */
function describeProblems(
  lines: (OrderLineInput & { index: number })[],
  byId: Map<string, VariantRow>,
): Extract<ReserveResult, { ok: false }> | null {
  const fieldErrors: FieldErrors = {};
  const kinds = new Set<LineFailureKind>();
  const stockProblems: string[] = [];
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
      addFieldError(fieldErrors, `lines.${line.index}.quantity`, shortOfStock(variant));
      stockProblems.push(
        variant.stock === 0
          ? `${lineName(variant)} just sold out.`
          : `${lineName(variant)}: only ${variant.stock} left.`,
      );
    }
  }
  return kinds.size > 0 ? { ok: false, kinds, fieldErrors, stockProblems } : null;
}

type VariantRow = Awaited<ReturnType<typeof readVariants>>[number];

/**
 * The line's own message. The form shows it under the item and its error summary after the item's name, so
 * it names the variant only: "L just sold out", "Only 2 left in L"; an item with one variant needs neither.
 */
function shortOfStock(variant: VariantRow): string {
  const label = variantLabelShown(variant);
  if (variant.stock === 0) return label ? `${label} just sold out` : "Just sold out";
  return label ? `Only ${variant.stock} left in ${label}` : `Only ${variant.stock} left`;
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
