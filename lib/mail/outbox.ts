import "server-only";
import type { Db } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { messageSchemas, type MessagePayload, type TemplateName } from "@/emails/messages";

/**
 * Queues an email in the outbox. Call it with the transaction that makes the change, so the email exists
 * exactly when the change does: never lost, never invented.
 */
export async function enqueueEmail<T extends TemplateName>(
  tx: Db,
  message: { eventId: string | null; template: T; to: string; payload: MessagePayload<T> },
): Promise<string> {
  const payload = messageSchemas[message.template].parse(message.payload) as Record<string, unknown>;
  const [row] = await tx
    .insert(outboxMessages)
    .values({ eventId: message.eventId, template: message.template, toAddress: message.to, payload })
    .returning({ id: outboxMessages.id });
  if (!row) throw new Error("outbox insert returned no row");
  return row.id;
}
