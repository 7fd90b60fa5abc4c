import { Button, Column, Link, Row, Section, Text } from "@react-email/components";
import type { z } from "zod";
import { formatShortDateTime } from "@/lib/format/date-time";
import type { messageSchemas } from "@/emails/messages";
import { variantLabelShown } from "@/lib/format/order-lines";
import { formatMoney } from "@/lib/format/money";

export type OrderSnapshot = z.output<(typeof messageSchemas)["order-confirmation"]>["order"];

const cell = { fontSize: "14px", lineHeight: "20px", color: "#111827", margin: 0 };
const muted = { ...cell, color: "#6b7280" };

/**
 * The order reference, large: attendees read it out at the pick-up desk. Below it, when the order was placed,
 * in the event's zone and labelled with it (messages queued before the time was recorded show none).
 */
export function OrderReference({
  reference,
  placedAt,
  timeZone,
}: {
  reference: string;
  placedAt?: string;
  timeZone?: string;
}) {
  return (
    <Section
      style={{ backgroundColor: "#f9fafb", borderRadius: "8px", padding: "12px 16px", margin: "16px 0" }}
    >
      <Text style={{ ...muted, fontSize: "12px", textTransform: "uppercase", letterSpacing: "0.08em" }}>
        Order reference
      </Text>
      <Text
        style={{ ...cell, fontSize: "28px", lineHeight: "36px", fontWeight: 700, letterSpacing: "0.04em" }}
      >
        {reference}
      </Text>
      {placedAt && timeZone ? (
        <Text style={{ ...muted, marginTop: "4px" }}>
          {`Placed on ${formatShortDateTime(new Date(placedAt), timeZone)}`}
        </Text>
      ) : null}
    </Section>
  );
}

/** One row per line (item, size unless the item has only one, quantity, price) and the total. */
export function OrderLines({ order }: { order: OrderSnapshot }) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      {order.lines.map((line, i) => {
        const label = variantLabelShown({ ...line, singleVariant: line.singleVariant ?? false });
        return (
          <Row key={i} style={{ borderBottom: "1px solid #e5e7eb" }}>
            <Column style={{ padding: "8px 0" }}>
              <Text style={{ ...cell, fontWeight: 600 }}>{`${line.quantity} × ${line.itemName}`}</Text>
              {label ? <Text style={muted}>{`Size / option: ${label}`}</Text> : null}
            </Column>
            <Column align="right" style={{ padding: "8px 0", verticalAlign: "top", whiteSpace: "nowrap" }}>
              <Text style={cell}>{formatMoney(line.unitPriceMinor * line.quantity, order.currency)}</Text>
            </Column>
          </Row>
        );
      })}
      <Row>
        <Column style={{ padding: "8px 0" }}>
          <Text style={{ ...cell, fontWeight: 700 }}>Total</Text>
        </Column>
        <Column align="right" style={{ padding: "8px 0" }}>
          <Text style={{ ...cell, fontWeight: 700 }}>{formatMoney(order.totalMinor, order.currency)}</Text>
        </Column>
      </Row>
    </Section>
  );
}

/** The main call to action, in the event's colour, with the link spelled out for clients that hide buttons. */
export function ActionButton({
  href,
  label,
  background,
  color,
}: {
  href: string;
  label: string;
  background: string;
  color: string;
}) {
  return (
    <Section style={{ margin: "24px 0 8px", textAlign: "center" }}>
      <Button
        href={href}
        style={{
          backgroundColor: background,
          color,
          borderRadius: "8px",
          padding: "14px 24px",
          fontSize: "16px",
          fontWeight: 700,
          textDecoration: "none",
          display: "inline-block",
        }}
      >
        {label}
      </Button>
      <Text style={{ ...muted, fontSize: "12px", marginTop: "12px" }}>
        Or open this link: <Link href={href}>{href}</Link>
      </Text>
    </Section>
  );
}
