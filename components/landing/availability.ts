/**
 * What attendees are told about stock. Shared by the landing page and the order form so both say the same
 * thing. The numbers come from a page that may be a few seconds old; the order transaction has the last word.
 */

/** At or below this many units, the exact number is shown ("Only 3 left"). */
const LOW_STOCK_THRESHOLD = 5;

export type Availability = { kind: "sold_out" } | { kind: "low"; left: number } | { kind: "available" };

export function availability(stock: number): Availability {
  if (stock <= 0) return { kind: "sold_out" };
  if (stock <= LOW_STOCK_THRESHOLD) return { kind: "low", left: stock };
  return { kind: "available" };
}

/** "Sold out", "Only 3 left", or null when there is plenty. */
export function availabilityText(stock: number): string | null {
  const a = availability(stock);
  if (a.kind === "sold_out") return "Sold out";
  if (a.kind === "low") return `Only ${a.left} left`;
  return null;
}

/** An item is sold out when no variant has stock (an item without variants cannot be ordered either). */
export function isItemSoldOut(item: { variants: readonly { stock: number }[] }): boolean {
  return item.variants.every((v) => v.stock <= 0);
}
