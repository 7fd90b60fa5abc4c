import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  events,
  formVersions,
  orderNotes,
  orders,
  orderStatusHistory,
  users,
  type OrderStatus,
} from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import type { FieldDefinition } from "@/lib/forms/definitions";
import { formatAnswers } from "@/lib/forms/format-answers";
import { formatMoney } from "@/lib/format/money";
import { loadOrderLines } from "../order-details";
import { nextStatuses } from "../state-machine";
import { maskEmail, maskName } from "./masking";
import { teamStatusLabel } from "./status-labels";
import { isUuid } from "@/lib/format/uuid";
import {
  orderSupplierMarks,
  supplierNamesById,
  type OrderSupplierMark,
} from "@/lib/suppliers/order-supplier-marks";

/**
 * One order as the team sees it. Masking happens here, on the server: for a member without
 * "personalData.view" the result holds masked name, email and personal answers, no notes and no status
 * notes (both are free text that may name the attendee), so nothing unmasked can reach their browser.
 */
export type OrderDetail = {
  id: string;
  reference: string;
  status: OrderStatus;
  statusLabel: string;
  createdAt: Date;
  updatedAt: Date;
  /** Personal data was erased (on request or after the retention period). */
  erased: boolean;
  /** Name, email and personal answers are masked for this member. */
  masked: boolean;
  attendee: { name: string; email: string };
  event: { id: string; name: string; timeZone: string; currency: string };
  lines: {
    itemName: string;
    variantLabel: string;
    quantity: number;
    unitPrice: string;
    lineTotal: string;
  }[];
  total: string;
  /** Each line a supplier received, with that supplier's own mark and tracking (ADR 033). */
  supplierMarks: OrderSupplierMark[];
  paymentStatus: "not_required" | "due_on_collection" | "paid" | "refunded";
  /** Formatted through the order's own form version; null when the order was placed without a form. */
  formVersion: number | null;
  answers: { key: string; label: string; value: string }[];
  /** Oldest first. */
  history: {
    fromStatus: OrderStatus | null;
    toStatus: OrderStatus;
    fromLabel: string | null;
    toLabel: string;
    at: Date;
    by: string;
    /** null when there is none, or when this member may not read free text about the order. */
    note: string | null;
  }[];
  /** Newest first; null when this member may not read notes. */
  notes: { id: string; body: string; author: string; at: Date }[] | null;
  /** The legal next statuses for the team; empty when this member may not change the status. */
  nextStatuses: { status: OrderStatus; label: string }[];
};

function memberName(user: { name: string | null; email: string | null } | null): string {
  if (!user) return "a former member";
  return user.name?.trim() || user.email || "a former member";
}

export async function getOrderDetail({
  db,
  orgId,
  eventId,
  orderId,
  showPersonalData,
  canManage,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  orderId: string;
  showPersonalData: boolean;
  canManage: boolean;
}): Promise<OrderDetail> {
  const [row] = await db
    .select({
      order: orders,
      event: { id: events.id, name: events.name, timeZone: events.timeZone, currency: events.currency },
      form: { version: formVersions.version, fields: formVersions.fields },
    })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .leftJoin(formVersions, eq(formVersions.id, orders.formVersionId))
    .where(and(eq(orders.id, orderId), eq(orders.eventId, eventId), eq(events.orgId, orgId)))
    .limit(1);
  if (!row) throw new NotFoundError();
  const { order, event, form } = row;
  const mask = !showPersonalData;

  const [lines, supplierMarks, history, notes] = await Promise.all([
    loadOrderLines({ db, orderId }),
    orderSupplierMarks({ db, orderId }),
    db
      .select({
        fromStatus: orderStatusHistory.fromStatus,
        toStatus: orderStatusHistory.toStatus,
        actor: orderStatusHistory.actor,
        note: orderStatusHistory.note,
        at: orderStatusHistory.createdAt,
        user: { name: users.name, email: users.email },
      })
      .from(orderStatusHistory)
      // The actor is "attendee", "system" or a user id (text): compare as text so the words never fail a uuid cast.
      .leftJoin(users, sql`${users.id}::text = ${orderStatusHistory.actor}`)
      .where(eq(orderStatusHistory.orderId, orderId))
      .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id)),
    mask
      ? Promise.resolve(null)
      : db
          .select({
            id: orderNotes.id,
            body: orderNotes.body,
            at: orderNotes.createdAt,
            user: { name: users.name, email: users.email },
          })
          .from(orderNotes)
          .leftJoin(users, eq(users.id, orderNotes.authorUserId))
          .where(eq(orderNotes.orderId, orderId))
          .orderBy(desc(orderNotes.createdAt), desc(orderNotes.id)),
  ]);

  const money = (minor: number) => formatMoney(minor, order.currency);
  // Suppliers mark from their private link: the history names them rather than "supplier:{id}".
  const supplierNames = await supplierNamesById(
    db,
    history.flatMap((h) => {
      const id = h.actor.startsWith("supplier:") ? h.actor.slice("supplier:".length) : "";
      return isUuid(id) ? [id] : [];
    }),
  );
  return {
    id: order.id,
    reference: order.reference,
    status: order.status,
    statusLabel: teamStatusLabel(order.status),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    erased: order.erasedAt !== null,
    masked: mask,
    attendee: {
      name: mask ? maskName(order.attendeeName) : order.attendeeName,
      email: mask ? maskEmail(order.attendeeEmail) : order.attendeeEmail,
    },
    event,
    lines: lines.map((l) => ({
      itemName: l.itemName,
      variantLabel: l.variantLabel,
      quantity: l.quantity,
      unitPrice: money(l.unitPriceMinor),
      lineTotal: money(l.unitPriceMinor * l.quantity),
    })),
    total: money(order.totalMinor),
    supplierMarks,
    paymentStatus: order.paymentStatus,
    formVersion: form?.version ?? null,
    answers: formatAnswers({
      // The field's personal-data flag is the single source of truth for masking (here, in exports, emails).
      fields: (form?.fields ?? []) as FieldDefinition[],
      answers: order.answers,
      maskPersonal: mask,
      // Like the order's own times on this page: the event's zone, labelled.
      timeZone: event.timeZone,
    }),
    history: history.map((h) => ({
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      fromLabel: h.fromStatus ? teamStatusLabel(h.fromStatus) : null,
      toLabel: teamStatusLabel(h.toStatus),
      at: h.at,
      by:
        h.actor === "attendee" || h.actor === "system"
          ? h.actor
          : isUuid(h.actor)
            ? memberName(h.user)
            : h.actor.startsWith("supplier:")
              ? `${supplierNames.get(h.actor.slice("supplier:".length)) ?? "a former supplier"} (supplier)`
              : h.actor,
      note: mask ? null : h.note,
    })),
    notes: notes
      ? notes.map((n) => ({ id: n.id, body: n.body, at: n.at, author: memberName(n.user) }))
      : null,
    nextStatuses: canManage
      ? nextStatuses(order.status, "team").map((status) => ({ status, label: teamStatusLabel(status) }))
      : [],
  };
}
