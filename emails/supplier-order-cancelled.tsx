import { Heading, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { EventLayout } from "./components/event-layout";
import { previewProps as orderPreview } from "./supplier-order";

export type SupplierOrderCancelledProps = z.output<(typeof messageSchemas)["supplier-order-cancelled"]>;

const text = { fontSize: "15px", lineHeight: "22px", color: "#111827" };

export function supplierOrderCancelledSubject(
  p: Pick<SupplierOrderCancelledProps, "branding" | "order">,
): string {
  return `Cancelled: order ${p.order.reference} for ${p.branding.eventName}`;
}

/** Tells a supplier that an order it already received was cancelled: do not make or send these lines. */
export function SupplierOrderCancelledEmail({ branding, supplierName, order }: SupplierOrderCancelledProps) {
  return (
    <EventLayout branding={branding} preview={`Order ${order.reference} was cancelled`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {`Order ${order.reference} was cancelled`}
      </Heading>
      <Text style={text}>
        {`Hello ${supplierName}, the order ${order.reference} you received for ${branding.eventName} was cancelled. ` +
          "Please do not prepare or send these items:"}
      </Text>
      {order.lines.map((line, i) => (
        <Text key={i} style={{ ...text, margin: "2px 0" }}>
          {`${line.quantity} × ${line.itemName} (${line.variantLabel})`}
        </Text>
      ))}
    </EventLayout>
  );
}

export const previewProps: SupplierOrderCancelledProps = {
  branding: orderPreview.branding,
  supplierName: orderPreview.supplierName,
  order: { reference: orderPreview.order.reference, lines: orderPreview.order.lines },
};

SupplierOrderCancelledEmail.PreviewProps = previewProps;

export default SupplierOrderCancelledEmail;
