import { Heading, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { brandColors, EventLayout } from "./components/event-layout";
import { ActionButton } from "./components/order-summary";
import { previewProps as orderPreview } from "./supplier-order";

export type SupplierEmailFailedProps = z.output<(typeof messageSchemas)["supplier-email-failed"]> & {
  suppliersUrl: string;
};

const text = { fontSize: "15px", lineHeight: "22px", color: "#111827" };

export function supplierEmailFailedSubject(
  p: Pick<SupplierEmailFailedProps, "branding" | "supplierName">,
): string {
  return `Not delivered: email to ${p.supplierName} for ${p.branding.eventName}`;
}

/** Tells the organisers that a supplier did not get its email, so someone calls them or fixes the address. */
export function SupplierEmailFailedEmail({
  branding,
  supplierName,
  supplierAddress,
  reason,
  what,
  suppliersUrl,
}: SupplierEmailFailedProps) {
  const { primary, onPrimary } = brandColors(branding);
  return (
    <EventLayout branding={branding} preview={`${supplierName} did not receive ${what}`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {`${supplierName} did not receive ${what}`}
      </Heading>
      <Text style={text}>
        {`The email to ${supplierAddress} ${reason ? `was not delivered (${reason})` : "was refused"} and will not be retried. Check the supplier's address, ` +
          "then resend it from the dispatch history, or pass the orders on another way."}
      </Text>
      <ActionButton
        href={suppliersUrl}
        label="Open the Suppliers tab"
        background={primary}
        color={onPrimary}
      />
    </EventLayout>
  );
}

export const previewProps: SupplierEmailFailedProps = {
  branding: orderPreview.branding,
  supplierName: orderPreview.supplierName,
  supplierAddress: "orders@print.example",
  failedMessageId: "7b0a4a52-3a5e-4c3e-9d0c-2f7f4d1b9a10",
  what: "the list of 12 orders",
  suppliersPath: "/dashboard/org/events/event/suppliers",
  suppliersUrl: "http://localhost:3000/dashboard/org/events/event/suppliers",
};

SupplierEmailFailedEmail.PreviewProps = previewProps;

export default SupplierEmailFailedEmail;
