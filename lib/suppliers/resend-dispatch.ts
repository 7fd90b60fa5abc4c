import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxMessages, suppliers, supplierDispatches, supplierDispatchMessages } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { isUuid } from "@/lib/format/uuid";
import { enqueueEmail } from "@/lib/mail/outbox";
import { reject } from "@/lib/validation/action-result";
import type { TemplateName } from "@/emails/messages";

/**
 * "Resend" from the dispatch history: the same email (the payload snapshot of the first send) queued again
 * for each of the supplier's current addresses. What counted as dispatched (the dispatch's lines) never
 * changes, so a resend cannot move a line into or out of a batch.
 */
export async function resendDispatch({
  db,
  orgId,
  eventId,
  dispatchId,
  actorUserId,
}: {
  db: Db;
  orgId: string;
  eventId: string;
  dispatchId: string;
  actorUserId: string;
}): Promise<{ supplierName: string; messages: number }> {
  if (!isUuid(dispatchId)) reject("not_found", "This dispatch does not exist.");
  return db.transaction(async (tx) => {
    const [dispatch] = await tx
      .select({ id: supplierDispatches.id, supplier: suppliers })
      .from(supplierDispatches)
      .innerJoin(suppliers, eq(suppliers.id, supplierDispatches.supplierId))
      .where(
        and(
          eq(supplierDispatches.id, dispatchId),
          eq(supplierDispatches.orgId, orgId),
          eq(supplierDispatches.eventId, eventId),
        ),
      )
      .for("update", { of: supplierDispatches });
    if (!dispatch) reject("not_found", "This dispatch does not exist.");
    const [first] = await tx
      .select({ template: outboxMessages.template, payload: outboxMessages.payload })
      .from(supplierDispatchMessages)
      .innerJoin(outboxMessages, eq(outboxMessages.id, supplierDispatchMessages.outboxMessageId))
      .where(eq(supplierDispatchMessages.dispatchId, dispatch.id))
      .orderBy(asc(outboxMessages.createdAt))
      .limit(1);
    if (!first) reject("conflict", "This dispatch has no email to send again.");
    const ids: string[] = [];
    for (const to of dispatch.supplier.emails) {
      ids.push(
        await enqueueEmail(tx, {
          eventId,
          template: first.template as TemplateName,
          to,
          payload: first.payload as never,
        }),
      );
    }
    await tx
      .insert(supplierDispatchMessages)
      .values(ids.map((outboxMessageId) => ({ dispatchId, outboxMessageId })));
    await recordAudit(tx, {
      orgId,
      actorUserId,
      action: "supplier.dispatched",
      targetType: "supplier",
      targetId: dispatch.supplier.id,
      details: { dispatchId, eventId, resend: true, messages: ids.length },
    });
    return { supplierName: dispatch.supplier.name, messages: ids.length };
  });
}
