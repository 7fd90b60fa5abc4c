import { Column, Heading, Row, Section, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { pickList } from "@/lib/suppliers/dispatch-content";
import { EventLayout } from "./components/event-layout";
import {
  SupplierListButton,
  supplierCell as cell,
  supplierMuted as muted,
  supplierText as text,
} from "./components/supplier-email";
import { previewProps as orderPreview } from "./supplier-order";

export type SupplierBatchProps = z.output<(typeof messageSchemas)["supplier-batch"]> & {
  listUrl?: string | null;
};

export function supplierBatchSubject(p: Pick<SupplierBatchProps, "branding" | "lines">): string {
  const orders = new Set(p.lines.map((l) => l.reference)).size;
  return `${p.branding.eventName}: ${orders} ${orders === 1 ? "order" : "orders"} to fulfil`;
}

export function supplierBatchFilename(eventSlug: string): string {
  return `${eventSlug}-orders.csv`;
}

/**
 * A batch supplier's list: the pick list (how many of each item and variant) in the email, every line with
 * the shared answers in the attached CSV, so the supplier can pack without opening a spreadsheet.
 */
export function SupplierBatchEmail({ branding, supplierName, lines, listUrl }: SupplierBatchProps) {
  const picks = pickList(lines);
  const orders = new Set(lines.map((l) => l.reference)).size;
  return (
    <EventLayout branding={branding} preview={`${orders} orders to fulfil`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {`${orders} ${orders === 1 ? "order" : "orders"} to fulfil`}
      </Heading>
      <Text style={text}>
        {`Hello ${supplierName}, here is the list for ${branding.eventName}. ` +
          `Every order line, with the details you need, is in the attached ${supplierBatchFilename(branding.eventSlug)}.`}
      </Text>
      <Heading as="h2" style={{ fontSize: "17px", color: "#111827", margin: "16px 0 4px" }}>
        Pick list
      </Heading>
      <Section>
        {picks.map((item) => (
          <Section key={item.itemName} style={{ borderBottom: "1px solid #e5e7eb", padding: "6px 0" }}>
            <Text style={{ ...cell, fontWeight: 700 }}>{`${item.itemName}: ${item.total}`}</Text>
            {item.variants.map((v) => (
              <Row key={v.label}>
                <Column style={{ width: "70%" }}>
                  <Text style={muted}>{v.label}</Text>
                </Column>
                <Column>
                  <Text style={cell}>{String(v.quantity)}</Text>
                </Column>
              </Row>
            ))}
          </Section>
        ))}
      </Section>
      <SupplierListButton branding={branding} listUrl={listUrl} />
    </EventLayout>
  );
}

export const previewProps: SupplierBatchProps = {
  branding: orderPreview.branding,
  supplierName: "Print Shop",
  columns: [{ label: "Name" }],
  lines: [
    {
      reference: "DEV-7K3M9Q",
      placedAt: "2026-06-01 11:30",
      itemName: "T-shirt",
      variantLabel: "M",
      quantity: 1,
      values: ["Ada"],
    },
  ],
};

SupplierBatchEmail.PreviewProps = previewProps;

export default SupplierBatchEmail;
