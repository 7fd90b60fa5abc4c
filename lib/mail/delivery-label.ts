/**
 * How one email's delivery reads in the dashboard (dispatch history, order detail): the outbox's own state
 * until the provider reports, then the provider's word. Pure, shared by every page that shows it.
 */
export type DeliveryState = {
  status: string;
  deliveryStatus?: string | null;
  deliveryDetail?: string | null;
};

export function deliveryLabel({ status, deliveryStatus, deliveryDetail }: DeliveryState): string {
  if (status === "dead") return "failed";
  switch (deliveryStatus) {
    case "bounced":
      return `bounced: ${deliveryDetail || "no reason given"}`;
    case "complained":
      return "failed: marked as spam by the recipient";
    case "delivered":
      return "delivered";
    case "delivery_delayed":
      return "sent, delivery delayed";
    default:
      return status;
  }
}

/** Whether the email failed for good: refused by the provider, bounced, or reported as spam. */
export function deliveryFailed({ status, deliveryStatus }: DeliveryState): boolean {
  return status === "dead" || deliveryStatus === "bounced" || deliveryStatus === "complained";
}
