import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashAccessToken, isWellFormedAccessToken } from "@/lib/crypto/order-token";
import { enqueueEmail } from "@/lib/mail/outbox";
import { cancelOrderByToken } from "@/lib/orders/cancel-order";
import { loadBranding } from "@/lib/orders/order-details";
import { isCancellable } from "@/lib/orders/state-machine";
import { eraseOrdersPersonalData } from "./erase-orders";
import { exportOrders } from "./export-data";

/** The order behind a my-order token, scoped to the subdomain's event; null for a forged or foreign token. */
async function orderByToken(db: Db, token: string, eventSlug: string) {
  if (!isWellFormedAccessToken(token)) return null;
  const [row] = await db
    .select({
      id: orders.id,
      reference: orders.reference,
      status: orders.status,
      email: orders.attendeeEmail,
      erasedAt: orders.erasedAt,
      event: { id: events.id, orgId: events.orgId, name: events.name, slug: events.slug },
    })
    .from(orders)
    .innerJoin(events, eq(events.id, orders.eventId))
    .where(and(eq(orders.accessTokenHash, hashAccessToken(token)), eq(events.slug, eventSlug.toLowerCase())))
    .limit(1);
  return row ?? null;
}

/** "Download my data": the export document of the order behind the token, written to the audit log. */
export async function exportOwnOrder({ db, token, eventSlug }: { db: Db; token: string; eventSlug: string }) {
  const order = await orderByToken(db, token, eventSlug);
  if (!order) return null;
  const document = await exportOrders(db, [order.id]);
  await recordAudit(db, {
    orgId: order.event.orgId,
    actorUserId: null,
    action: "privacy.data_exported",
    targetType: "order",
    targetId: order.id,
    details: { actor: "attendee", orders: 1 },
  });
  return { reference: order.reference, document };
}

export type EraseOwnResult =
  { ok: true; alreadyErased: boolean; cancelled: boolean } | { ok: false; code: "not_found" };

/**
 * "Erase my personal data" (issue 13). An order that can still be cancelled is cancelled first through the
 * attendee's own cancel path, so its stock returns. Then, in one transaction, the "data erased" email is queued
 * to the address and the order is erased: the email exists exactly when the erasure happened. The dispatcher
 * erases that email's recipient once it is sent (ADR 026). Asking twice changes nothing more.
 */
export async function eraseOwnOrder({
  db,
  token,
  eventSlug,
}: {
  db: Db;
  token: string;
  eventSlug: string;
}): Promise<EraseOwnResult> {
  const order = await orderByToken(db, token, eventSlug);
  if (!order) return { ok: false, code: "not_found" };
  if (order.erasedAt) return { ok: true, alreadyErased: true, cancelled: false };

  let cancelled = false;
  if (isCancellable(order.status)) {
    const result = await cancelOrderByToken({ db, token, eventSlug });
    // A concurrent status change may have made it non-cancellable meanwhile: erasure goes ahead all the same.
    if (!result.ok && result.code === "unavailable") throw new Error("database unavailable while cancelling");
    cancelled = result.ok;
  }
  const { branding } = await loadBranding({ db, event: order.event });
  const erased = await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ erasedAt: orders.erasedAt, email: orders.attendeeEmail })
      .from(orders)
      .where(eq(orders.id, order.id))
      .for("update");
    if (!locked || locked.erasedAt) return false;
    await enqueueEmail(tx, {
      eventId: order.event.id,
      template: "data-erased",
      to: locked.email,
      payload: { branding, reference: order.reference, cancelled },
    });
    await eraseOrdersPersonalData(tx, {
      selector: { orderIds: [order.id] },
      reason: "attendee_request",
      actor: { kind: "attendee" },
    });
    return true;
  });
  return { ok: true, alreadyErased: !erased, cancelled };
}
