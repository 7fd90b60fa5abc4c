import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, orderNotes, orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { reject } from "@/lib/validation/action-result";

/**
 * Adds an internal note to an order of the organisation's event. The audit entry says that a note was
 * added, never what it says: notes may contain personal data.
 */
export async function addOrderNote({
  db,
  orgId,
  eventId,
  orderId,
  authorUserId,
  body,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  orderId: string;
  authorUserId: string;
  body: string;
}): Promise<{ noteId: string; reference: string }> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ id: orders.id, reference: orders.reference })
      .from(orders)
      .innerJoin(events, eq(events.id, orders.eventId))
      .where(and(eq(orders.id, orderId), eq(orders.eventId, eventId), eq(events.orgId, orgId)))
      .limit(1);
    if (!order) reject("not_found", "This order does not exist.");
    const [note] = await tx
      .insert(orderNotes)
      .values({ orderId: order.id, authorUserId, body })
      .returning({ id: orderNotes.id });
    if (!note) throw new Error("order note insert returned no row");
    await recordAudit(tx, {
      orgId,
      actorUserId: authorUserId,
      action: "order.note_added",
      targetType: "order",
      targetId: order.id,
      details: { noteId: note.id, reference: order.reference },
    });
    return { noteId: note.id, reference: order.reference };
  });
}
