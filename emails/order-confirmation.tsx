import { Heading, Section, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { brandColors, EventLayout } from "./components/event-layout";
import { ActionButton, OrderLines, OrderReference } from "./components/order-summary";
import { QrTable } from "./components/qr-table";

export type OrderConfirmationProps = z.output<(typeof messageSchemas)["order-confirmation"]> & {
  myOrderUrl: string;
};

const text = { fontSize: "15px", lineHeight: "22px", color: "#111827" };

export function OrderConfirmationEmail({ branding, order, pickupInfo, myOrderUrl }: OrderConfirmationProps) {
  const { primary, onPrimary } = brandColors(branding);
  return (
    <EventLayout branding={branding} preview={`Order ${order.reference} is confirmed`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        Your order is confirmed
      </Heading>
      <Text style={text}>
        {`Hi ${order.attendeeName}, thanks for your order. Keep this email: you will need the reference.`}
      </Text>
      <OrderReference reference={order.reference} placedAt={order.placedAt} timeZone={order.timeZone} />
      <Text style={{ ...text, textAlign: "center", margin: "12px 0 0" }}>
        Show this code when you collect your order:
      </Text>
      <QrTable reference={order.reference} />
      <OrderLines order={order} />
      {order.answers.length > 0 ? (
        <Section style={{ margin: "8px 0" }}>
          <Text style={{ ...text, fontWeight: 700, margin: "0 0 4px" }}>Your details</Text>
          {order.answers.map((answer, i) => (
            <Text key={i} style={{ ...text, fontSize: "14px", margin: "2px 0" }}>
              <span style={{ color: "#6b7280" }}>{`${answer.label}:`}</span> {answer.value}
            </Text>
          ))}
        </Section>
      ) : null}
      {pickupInfo.trim() ? (
        <Section style={{ margin: "16px 0" }}>
          <Text style={{ ...text, fontWeight: 700, margin: "0 0 4px" }}>Pick-up</Text>
          <Text style={{ ...text, whiteSpace: "pre-line", margin: 0 }}>{pickupInfo}</Text>
        </Section>
      ) : null}
      <ActionButton
        href={myOrderUrl}
        label="View or cancel your order"
        background={primary}
        color={onPrimary}
      />
    </EventLayout>
  );
}

export const previewProps: OrderConfirmationProps = {
  branding: {
    eventName: "DevConf 2026",
    eventSlug: "devconf",
    primaryColor: "#0f766e",
    accentColor: "#f59e0b",
    logoUrl: null,
  },
  order: {
    orderId: "7b0a4a52-3a5e-4c3e-9d0c-2f7f4d1b9a10",
    reference: "DEV-7K3M9Q",
    attendeeName: "Ada Lovelace",
    lines: [
      {
        itemName: "Conference T-shirt",
        variantLabel: "M",
        singleVariant: false,
        quantity: 1,
        unitPriceMinor: 0,
      },
      { itemName: "Hoodie", variantLabel: "L", singleVariant: false, quantity: 1, unitPriceMinor: 3500 },
      { itemName: "Socks", variantLabel: "One size", singleVariant: true, quantity: 2, unitPriceMinor: 0 },
    ],
    totalMinor: 3500,
    currency: "EUR",
    placedAt: "2026-03-12T13:05:00.000Z",
    timeZone: "Europe/Berlin",
    answers: [
      { label: "Company", value: "Analytical Engines Ltd" },
      { label: "Dietary needs", value: "Vegetarian" },
    ],
  },
  pickupInfo: "Registration desk, hall A.\nFriday 09:00–17:00.",
  myOrderUrl: "http://devconf.localhost:3000/my-order/preview-token",
};

// The react-email preview server reads PreviewProps from the default export.
OrderConfirmationEmail.PreviewProps = previewProps;

export default OrderConfirmationEmail;
