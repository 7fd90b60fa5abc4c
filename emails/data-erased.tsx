import { Heading, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { EventLayout } from "./components/event-layout";
import { OrderReference } from "./components/order-summary";
import { previewProps as confirmationPreview } from "./order-confirmation";

/** Holds no personal data: no name, no answers; the address it goes to is erased once it is sent (ADR 026). */
export type DataErasedProps = z.output<(typeof messageSchemas)["data-erased"]>;

const text = { fontSize: "15px", lineHeight: "22px", color: "#111827" };

export function DataErasedEmail({ branding, reference, cancelled }: DataErasedProps) {
  return (
    <EventLayout branding={branding} preview={`Your personal data for order ${reference} was erased`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        Your personal data was erased
      </Heading>
      <Text style={text}>
        {(cancelled ? "As you asked, your order was cancelled and " : "As you asked, ") +
          "your name, email address and personal answers were erased from this order. " +
          "We keep only what the organisers need for their statistics (the items, not who ordered them). " +
          "This email is the last one you will get about it: your address is erased once it is sent."}
      </Text>
      <OrderReference reference={reference} />
    </EventLayout>
  );
}

export const previewProps: DataErasedProps = {
  branding: confirmationPreview.branding,
  reference: confirmationPreview.order.reference,
  cancelled: true,
};

DataErasedEmail.PreviewProps = previewProps;

export default DataErasedEmail;
