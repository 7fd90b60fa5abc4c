import { Heading, Section, Text } from "@react-email/components";
import type { z } from "zod";
import type { OrderStatus } from "@/db/schema/orders";
import type { messageSchemas } from "@/emails/messages";
import { statusLabel } from "@/lib/format/order-status-labels";
import { variantLabelShown } from "@/lib/format/order-lines";
import { brandColors, EventLayout } from "./components/event-layout";
import { ActionButton, OrderLines, OrderReference } from "./components/order-summary";
import { previewProps as confirmationPreview } from "./order-confirmation";

export type OrderStatusChangedProps = z.output<(typeof messageSchemas)["order-status-changed"]> & {
  myOrderUrl: string;
};

const text = { fontSize: "15px", lineHeight: "22px", color: "#111827" };

/** What the new status means for the attendee: the headline and what (if anything) they should do now. */
const meaning: Record<OrderStatus, { headline: string; next: string }> = {
  placed: { headline: "We have your order", next: "We will email you again when it moves on." },
  confirmed: {
    headline: "Your order is confirmed",
    next: "The organisers have confirmed your order. We will email you again when it moves on.",
  },
  sent_to_supplier: {
    headline: "Your order is being prepared",
    next: "Your order is with the supplier. We will email you when it is on its way or ready to collect.",
  },
  shipped: {
    headline: "Your order is on its way",
    next: "Your order has been shipped. Nothing to do but wait for it.",
  },
  ready_for_pickup: {
    headline: "Your order is ready for pick-up",
    next: "Your order is waiting for you. Bring your order reference when you collect it.",
  },
  delivered: { headline: "Your order was delivered", next: "Your order has been delivered. Enjoy!" },
  collected: { headline: "You collected your order", next: "Thanks for picking it up. Enjoy!" },
  cancelled: { headline: "Your order was cancelled", next: "This order was cancelled." },
};

/** Subject line: the status in words, e.g. "Your DevConf order DEV-7K3M9Q is ready for pick-up". */
export function statusChangedSubject(eventName: string, reference: string, status: OrderStatus): string {
  return `Your ${eventName} order ${reference}: ${statusLabel(status).toLowerCase()}`;
}

type Part = NonNullable<OrderStatusChangedProps["part"]>;

/** A supplier's partial mark (ADR 033): "Your DevConf order DEV-7K3M9Q: part shipped". */
export function partMarkedSubject(eventName: string, reference: string, mark: Part["mark"]): string {
  return `Your ${eventName} order ${reference}: part ${statusLabel(mark).toLowerCase()}`;
}

const partHeadline: Record<Part["mark"], string> = {
  shipped: "Part of your order has shipped",
  ready_for_pickup: "Part of your order is ready for pick-up",
};

/** "T-shirt M — DHL 123": the supplier's lines only, with its tracking when it gave one. */
export function partLineText(line: Part["lines"][number], tracking: string): string {
  const label = variantLabelShown({ ...line, singleVariant: line.singleVariant ?? false });
  const what = `${line.quantity} × ${line.itemName}${label ? ` ${label}` : ""}`;
  return tracking ? `${what} — ${tracking}` : what;
}

function PartMarkedBody({
  order,
  part,
  tracking,
  pickupInfo,
}: Pick<OrderStatusChangedProps, "order" | "tracking" | "pickupInfo"> & { part: Part }) {
  return (
    <>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {partHeadline[part.mark]}
      </Heading>
      <Text style={text}>{`Hi ${order.attendeeName}, ${partHeadline[part.mark].toLowerCase()}:`}</Text>
      <Section style={{ margin: "8px 0 16px" }}>
        {part.lines.map((line, i) => (
          <Text key={i} style={{ ...text, fontWeight: 600, margin: "0 0 4px" }}>
            {partLineText(line, tracking)}
          </Text>
        ))}
      </Section>
      <Text style={text}>We will email you again when the rest of your order moves on.</Text>
      {part.mark === "ready_for_pickup" && pickupInfo.trim() ? (
        <Section style={{ margin: "16px 0" }}>
          <Text style={{ ...text, fontWeight: 700, margin: "0 0 4px" }}>Where and when to pick it up</Text>
          <Text style={{ ...text, whiteSpace: "pre-line", margin: 0 }}>{pickupInfo}</Text>
        </Section>
      ) : null}
      <OrderReference reference={order.reference} placedAt={order.placedAt} timeZone={order.timeZone} />
    </>
  );
}

export function OrderStatusChangedEmail({
  branding,
  order,
  toStatus,
  pickupInfo,
  myOrderUrl,
  part,
  tracking,
}: OrderStatusChangedProps) {
  const { primary, onPrimary } = brandColors(branding);
  const { headline, next } = meaning[toStatus];
  if (part) {
    return (
      <EventLayout branding={branding} preview={`Order ${order.reference}: ${partHeadline[part.mark]}`}>
        <PartMarkedBody order={order} part={part} tracking={tracking} pickupInfo={pickupInfo} />
        <ActionButton href={myOrderUrl} label="View your order" background={primary} color={onPrimary} />
      </EventLayout>
    );
  }
  return (
    <EventLayout branding={branding} preview={`Order ${order.reference}: ${statusLabel(toStatus)}`}>
      <Heading as="h1" style={{ fontSize: "22px", color: "#111827", margin: "16px 0 8px" }}>
        {headline}
      </Heading>
      <Text
        style={text}
      >{`Hi ${order.attendeeName}, the status of your order is now “${statusLabel(toStatus)}”.`}</Text>
      <Text style={text}>{next}</Text>
      {toStatus === "shipped" && tracking ? <Text style={text}>{`Tracking: ${tracking}`}</Text> : null}
      <OrderReference reference={order.reference} placedAt={order.placedAt} timeZone={order.timeZone} />
      {toStatus === "ready_for_pickup" && pickupInfo.trim() ? (
        <Section style={{ margin: "16px 0" }}>
          <Text style={{ ...text, fontWeight: 700, margin: "0 0 4px" }}>Where and when to pick it up</Text>
          <Text style={{ ...text, whiteSpace: "pre-line", margin: 0 }}>{pickupInfo}</Text>
        </Section>
      ) : null}
      <OrderLines order={{ ...order, answers: [] }} />
      <ActionButton href={myOrderUrl} label="View your order" background={primary} color={onPrimary} />
    </EventLayout>
  );
}

export const previewProps: OrderStatusChangedProps = {
  branding: confirmationPreview.branding,
  order: {
    orderId: confirmationPreview.order.orderId,
    reference: confirmationPreview.order.reference,
    attendeeName: confirmationPreview.order.attendeeName,
    lines: confirmationPreview.order.lines,
    totalMinor: confirmationPreview.order.totalMinor,
    currency: confirmationPreview.order.currency,
    placedAt: confirmationPreview.order.placedAt,
    timeZone: confirmationPreview.order.timeZone,
  },
  fromStatus: "sent_to_supplier",
  toStatus: "ready_for_pickup",
  pickupInfo: confirmationPreview.pickupInfo,
  tracking: "",
  myOrderUrl: confirmationPreview.myOrderUrl,
};

OrderStatusChangedEmail.PreviewProps = previewProps;

export default OrderStatusChangedEmail;
