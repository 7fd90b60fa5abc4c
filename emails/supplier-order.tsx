import { Column, Heading, Row, Section, Text } from "@react-email/components";
import type { z } from "zod";
import type { messageSchemas } from "@/emails/messages";
import { EventLayout } from "./components/event-layout";
import {
  SupplierListButton,
  supplierCell as cell,
  supplierMuted as muted,
  supplierText as text,
} from "./components/supplier-email";

export type SupplierOrderProps = z.output<(typeof messageSchemas)["supplier-order"]> & {
  /** The supplier's private list (derived at send time); null in previews without one. */
  listUrl?: string | null;
};

export function supplierOrderSubject(p: Pick<SupplierOrderProps, "branding" | "order">): string {
  return `New order ${p.order.reference} for ${p.branding.eventName}`;
}

/**
 * One confirmed order for an immediate supplier: only the lines of the items it supplies and only the answers
 * the organiser chose to share with it (lib/suppliers/shared-fields.ts decides; this only shows).
 */
export function SupplierOrderEmail({ branding, supplierName, order, listUrl }: SupplierOrderProps) {
  return (
    <EventLayout branding={branding} preview={`New order ${order.reference}`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {`New order ${order.reference}`}
      </Heading>
      <Text style={text}>
        {`Hello ${supplierName}, here is a new order for ${branding.eventName}, placed ${order.placedAt}.`}
      </Text>
      <Section style={{ margin: "8px 0 16px" }}>
        {order.lines.map((line, i) => (
          <Row key={i} style={{ borderBottom: "1px solid #e5e7eb", padding: "6px 0" }}>
            <Column style={{ width: "15%" }}>
              <Text style={{ ...cell, fontWeight: 700 }}>{`${line.quantity} ×`}</Text>
            </Column>
            <Column>
              <Text style={cell}>{line.itemName}</Text>
            </Column>
            <Column style={{ width: "30%" }}>
              <Text style={muted}>{line.variantLabel}</Text>
            </Column>
          </Row>
        ))}
      </Section>
      {order.shared.length > 0 ? (
        <Section>
          {order.shared.map((answer, i) => (
            <Text key={i} style={{ ...cell, margin: "2px 0" }}>
              {`${answer.label}: ${answer.value || "—"}`}
            </Text>
          ))}
        </Section>
      ) : null}
      <SupplierListButton branding={branding} listUrl={listUrl} />
    </EventLayout>
  );
}

export const previewProps: SupplierOrderProps = {
  branding: {
    eventName: "DevConf 2026",
    eventSlug: "devconf",
    primaryColor: "#1d4ed8",
    accentColor: "#f59e0b",
    logoUrl: null,
  },
  supplierName: "Print Shop",
  order: {
    reference: "DEV-7K3M9Q",
    placedAt: "1 Jun 2026, 11:30 CEST",
    lines: [{ itemName: "T-shirt", variantLabel: "M", quantity: 1 }],
    shared: [{ label: "Delivery address", value: "1 Main Street, Amsterdam" }],
  },
};

SupplierOrderEmail.PreviewProps = previewProps;

export default SupplierOrderEmail;
