import { Heading, Section, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { statusLabel } from "@/lib/format/order-status-labels";
import { brandColors, EventLayout } from "./components/event-layout";
import { ActionButton } from "./components/order-summary";
import { previewProps as confirmationPreview } from "./order-confirmation";

type Payload = z.output<(typeof messageSchemas)["order-link"]>;

export type OrderLinkProps = {
  branding: Payload["branding"];
  /** Each order with its private my-order link, derived at send time (never stored in the outbox). */
  orders: (Payload["orders"][number] & { myOrderUrl: string })[];
};

const text = { fontSize: "15px", lineHeight: "22px", color: "#111827" };
const muted = { ...text, fontSize: "14px", color: "#6b7280", margin: 0 };

export function orderLinkSubject(eventName: string, orderCount: number): string {
  return `Your ${eventName} order ${orderCount === 1 ? "link" : "links"}`;
}

export function OrderLinkEmail({ branding, orders }: OrderLinkProps) {
  const { primary, onPrimary } = brandColors(branding);
  const one = orders.length === 1;
  return (
    <EventLayout branding={branding} preview={one ? "The link to your order" : "The links to your orders"}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {one ? "The link to your order" : "The links to your orders"}
      </Heading>
      <Text style={text}>
        {one
          ? `We were asked for the private link to your ${branding.eventName} order. ` +
            "Open it to see the order's status or to cancel it."
          : `We were asked for the private links to your ${branding.eventName} orders. ` +
            "Open one to see that order's status or to cancel it."}
      </Text>
      {orders.map((order) => (
        <Section
          key={order.orderId}
          style={{ backgroundColor: "#f9fafb", borderRadius: "8px", padding: "12px 16px", margin: "16px 0" }}
        >
          <Text style={{ ...muted, fontSize: "12px", textTransform: "uppercase", letterSpacing: "0.08em" }}>
            Order reference
          </Text>
          <Text style={{ ...text, fontSize: "24px", lineHeight: "32px", fontWeight: 700, margin: 0 }}>
            {order.reference}
          </Text>
          <Text style={muted}>{`Status when this email was sent: ${statusLabel(order.status)}`}</Text>
          <ActionButton
            href={order.myOrderUrl}
            label={one ? "View your order" : `View order ${order.reference}`}
            background={primary}
            color={onPrimary}
          />
        </Section>
      ))}
      <Text style={{ ...text, fontSize: "14px" }}>
        Anyone with a link can see and cancel that order, so please do not forward this email. If you did not
        ask for it, you can ignore it: nothing has changed.
      </Text>
    </EventLayout>
  );
}

export const previewProps: OrderLinkProps = {
  branding: confirmationPreview.branding,
  orders: [
    {
      orderId: confirmationPreview.order.orderId,
      reference: confirmationPreview.order.reference,
      status: "placed",
      myOrderUrl: confirmationPreview.myOrderUrl,
    },
  ],
};

// The react-email preview server reads PreviewProps from the default export.
OrderLinkEmail.PreviewProps = previewProps;

export default OrderLinkEmail;
