import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, orders, type OrderStatus } from "@/db/schema";
import type { Branding } from "@/lib/events/page-branding";
import { loadBranding, loadFormattedAnswers, loadOrderLines, loadStatusHistory } from "./order-details";
import { statusDescription, statusLabel } from "@/lib/format/order-status-labels";
import { isCancellable } from "./state-machine";
import { hashAccessToken, isWellFormedAccessToken } from "@/lib/crypto/order-token";

export type OrderView = {
  id: string;
  reference: string;
  status: OrderStatus;
  statusLabel: string;
  statusDescription: string;
  canCancel: boolean;
  createdAt: Date;
  attendeeName: string;
  attendeeEmail: string;
  /** Personal data was erased: name, email and answers are gone. */
  erased: boolean;
  /** When it was erased (shown to the attendee instead of the details). */
  erasedAt: Date | null;
  totalMinor: number;
  currency: string;
  paymentStatus: "not_required" | "due_on_collection" | "paid" | "refunded";
  /** In the event's item and variant order (lib/format/order-lines.ts). */
  lines: {
    itemName: string;
    variantLabel: string;
    /** The item has only this variant: its label is not shown. */
    singleVariant: boolean;
    quantity: number;
    unitPriceMinor: number;
    lineTotalMinor: number;
  }[];
  /** Oldest first. `by` never exposes who in the team made a change. */
  history: {
    fromStatus: OrderStatus | null;
    toStatus: OrderStatus;
    label: string;
    by: "you" | "organisers" | "system";
    at: Date;
  }[];
  event: { id: string; slug: string; name: string; timeZone: string; currency: string };
  branding: Branding;
  pickupInfo: string;
  answers: { key: string; label: string; value: string }[];
};

/**
 * The attendee's own view of an order, found by the private token from the email. A malformed token is
 * refused without a query. With `eventSlug`, an order of another event is not found, so one shop's
 * subdomain never shows another's order.
 */
export async function getOrderByToken({
  db,
  token,
  eventSlug,
}: {
  db: Db;
  token: string;
  eventSlug?: string;
}): Promise<OrderView | null> {
  if (!isWellFormedAccessToken(token)) return null;
  const [row] = await db
    .select({
      order: orders,
      event: {
        id: events.id,
        slug: events.slug,
        name: events.name,
        timeZone: events.timeZone,
        currency: events.currency,
      },
    })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .where(
      and(
        eq(orders.accessTokenHash, hashAccessToken(token)),
        eventSlug === undefined ? undefined : eq(events.slug, eventSlug.toLowerCase()),
      ),
    )
    .limit(1);
  if (!row) return null;
  const { order, event } = row;

  const [lines, history, look, answers] = await Promise.all([
    loadOrderLines({ db, orderId: order.id }),
    loadStatusHistory({ db, orderId: order.id }),
    loadBranding({ db, event }),
    order.erasedAt
      ? []
      : loadFormattedAnswers({
          db,
          formVersionId: order.formVersionId,
          answers: order.answers,
          timeZone: event.timeZone,
        }),
  ]);

  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    statusLabel: statusLabel(order.status),
    statusDescription: statusDescription(order.status),
    canCancel: isCancellable(order.status),
    createdAt: order.createdAt,
    attendeeName: order.attendeeName,
    attendeeEmail: order.attendeeEmail,
    erased: order.erasedAt !== null,
    erasedAt: order.erasedAt,
    totalMinor: order.totalMinor,
    currency: order.currency,
    paymentStatus: order.paymentStatus,
    lines: lines.map((l) => ({
      itemName: l.itemName,
      variantLabel: l.variantLabel,
      singleVariant: l.singleVariant,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      lineTotalMinor: l.quantity * l.unitPriceMinor,
    })),
    history: history.map((h) => ({
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      label: statusLabel(h.toStatus),
      by: h.actor === "attendee" ? "you" : h.actor === "system" ? "system" : "organisers",
      at: h.createdAt,
    })),
    event,
    branding: look.branding,
    pickupInfo: look.pickupInfo,
    answers,
  };
}

/** The confirmation page shows the same thing, reached with the token returned by placeOrder. */
export const getOrderForConfirmation = getOrderByToken;
