/**
 * How an order's lines are named and ordered wherever an attendee reads them: the confirmation page, the
 * my-order page, every attendee email, and the messages of the order transaction. Pure.
 */

/** Where a line sits in the event's catalogue, as the landing page and the order form list it. */
export type LinePlace = {
  /** The item's display order, then its name and id (ties: two items left at the same position). */
  itemPosition: number;
  itemName: string;
  itemId: string;
  /** The variant's display order within its item (XS before S before M), then its label. */
  variantPosition: number;
  variantLabel: string;
};

/** The event's item order, then each item's variant order: the order the attendee chose them from. */
export function compareLines(a: LinePlace, b: LinePlace): number {
  return (
    a.itemPosition - b.itemPosition ||
    compareText(a.itemName, b.itemName) ||
    compareText(a.itemId, b.itemId) ||
    a.variantPosition - b.variantPosition ||
    compareText(a.variantLabel, b.variantLabel)
  );
}

export function sortLines<T extends LinePlace>(lines: readonly T[]): T[] {
  return [...lines].sort(compareLines);
}

/**
 * The variant's label, or null when it says nothing: an item with a single variant (socks in "One size", a
 * breakfast) has nothing to choose, so "Size / option: One size" is noise.
 */
export function variantLabelShown(line: { variantLabel: string; singleVariant: boolean }): string | null {
  return line.singleVariant || line.variantLabel.trim() === "" ? null : line.variantLabel;
}

/** "DevConf t-shirt (L)", or just "Conference socks" for an item with a single variant. */
export function lineName(line: { itemName: string; variantLabel: string; singleVariant: boolean }): string {
  const label = variantLabelShown(line);
  return label ? `${line.itemName} (${label})` : line.itemName;
}

/** Code-point order: the same on every server, whatever its locale data. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
