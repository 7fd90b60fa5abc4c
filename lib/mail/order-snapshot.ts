import type { MessagePayload } from "./messages";

type OrderSnapshot = MessagePayload<"order-confirmation">["order"];
type SnapshotLine = OrderSnapshot["lines"][number];

/**
 * What an email says about an order, taken when the change happens: lines as ordered (names and prices
 * snapshotted on the order), total and currency. Answers are added by the templates that show them.
 */
export function orderSnapshot({
  order,
  lines,
}: {
  order: { id: string; reference: string; attendeeName: string; totalMinor: number; currency: string };
  lines: readonly SnapshotLine[];
}): Omit<OrderSnapshot, "answers"> {
  return {
    orderId: order.id,
    reference: order.reference,
    attendeeName: order.attendeeName,
    lines: lines.map(({ itemName, variantLabel, quantity, unitPriceMinor }) => ({
      itemName,
      variantLabel,
      quantity,
      unitPriceMinor,
    })),
    totalMinor: order.totalMinor,
    currency: order.currency,
  };
}
