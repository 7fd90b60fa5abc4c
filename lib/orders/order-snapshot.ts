import { sortLines, type LinePlace } from "@/lib/format/order-lines";
import type { MessagePayload } from "@/emails/messages";

type OrderSnapshot = MessagePayload<"order-confirmation">["order"];

/**
 * What an email says about an order, taken when the change happens: lines (names and prices snapshotted on
 * the order) in the order every attendee page uses, total, currency, and when it was placed with the event's
 * zone to show that in. Answers are added by the templates that show them.
 */
export function orderSnapshot({
  order,
  lines,
  timeZone,
}: {
  order: {
    id: string;
    reference: string;
    attendeeName: string;
    totalMinor: number;
    currency: string;
    createdAt: Date;
  };
  lines: readonly (LinePlace & { singleVariant: boolean; quantity: number; unitPriceMinor: number })[];
  /** The event's time zone. */
  timeZone: string;
}): Omit<OrderSnapshot, "answers"> {
  return {
    orderId: order.id,
    reference: order.reference,
    attendeeName: order.attendeeName,
    lines: sortLines(lines).map(({ itemName, variantLabel, singleVariant, quantity, unitPriceMinor }) => ({
      itemName,
      variantLabel,
      singleVariant,
      quantity,
      unitPriceMinor,
    })),
    totalMinor: order.totalMinor,
    currency: order.currency,
    placedAt: order.createdAt.toISOString(),
    timeZone,
  };
}
