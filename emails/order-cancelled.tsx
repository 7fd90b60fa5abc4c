import { Heading, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { brandColors, EventLayout } from "./components/event-layout";
import { ActionButton, OrderLines, OrderReference } from "./components/order-summary";
import { previewProps as confirmationPreview } from "./order-confirmation";

export type OrderCancelledProps = z.output<(typeof messageSchemas)["order-cancelled"]> & {
  myOrderUrl: string;
};

const text = { fontSize: "15px", lineHeight: "22px", color: "#111827" };

export function OrderCancelledEmail({ branding, order, myOrderUrl }: OrderCancelledProps) {
  const { primary, onPrimary } = brandColors(branding);
  return (
    <EventLayout branding={branding} preview={`Order ${order.reference} was cancelled`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        Your order was cancelled
      </Heading>
      <Text style={text}>
        {`Hi ${order.attendeeName}, your order below has been cancelled and nothing will be kept for you. ` +
          "If this is a mistake, you can place a new order while ordering is open."}
      </Text>
      <OrderReference reference={order.reference} placedAt={order.placedAt} timeZone={order.timeZone} />
      <OrderLines order={order} />
      <ActionButton href={myOrderUrl} label="View your order" background={primary} color={onPrimary} />
    </EventLayout>
  );
}

export const previewProps: OrderCancelledProps = {
  branding: confirmationPreview.branding,
  order: confirmationPreview.order,
  myOrderUrl: confirmationPreview.myOrderUrl,
};

OrderCancelledEmail.PreviewProps = previewProps;

export default OrderCancelledEmail;
