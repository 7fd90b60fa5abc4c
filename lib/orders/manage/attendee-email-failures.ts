import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { deliveryLabel } from "@/lib/mail/delivery-label";
import { failedMessageSql } from "@/lib/mail/delivery-reports";

/** The attendee emails that carry an order (its payload's `order.orderId`), by template, in the team's words. */
const EMAIL_NAMES: Record<string, string> = {
  "order-confirmation": "order confirmation",
  "order-status-changed": "status update",
  "order-cancelled": "cancellation notice",
  "order-link": "order link",
};

/**
 * The emails to an order's attendee that did not arrive — refused, bounced or reported as spam (ADR 032) — so
 * the organiser sees it on the order and can reach the attendee another way. The caller has already found the
 * order in the member's organisation; the event id keeps the lookup inside that event. No address returned.
 */
export async function failedAttendeeEmails({
  db,
  eventId,
  orderId,
}: {
  db: Db;
  eventId: string;
  orderId: string;
}): Promise<{ email: string; label: string }[]> {
  const rows = await db
    .select({
      template: outboxMessages.template,
      status: outboxMessages.status,
      deliveryStatus: outboxMessages.deliveryStatus,
      deliveryDetail: outboxMessages.deliveryDetail,
    })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.eventId, eventId),
        sql`${outboxMessages.payload} #>> '{order,orderId}' = ${orderId}`,
        failedMessageSql("outbox_messages"),
      ),
    )
    .orderBy(asc(outboxMessages.createdAt));
  return rows.map((row) => ({
    email: EMAIL_NAMES[row.template] ?? row.template.replace(/-/g, " "),
    label: deliveryLabel(row),
  }));
}
