import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { localMailbox } from "@/db/schema";
import type { MailTransport, OutgoingMail } from "./transport";

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/**
 * Development and test delivery: writes the email to the local_mailbox table that /dev/mail shows.
 * Behaves like the provider's idempotency: a retried send with the same key is stored once and answers
 * with the first delivery's id.
 */
export function createLocalTransport(db: Db): MailTransport {
  return {
    async send(mail: OutgoingMail) {
      const [inserted] = await db
        .insert(localMailbox)
        .values({
          idempotencyKey: mail.idempotencyKey,
          // Outbox mail is keyed by its message id; other senders (e.g. sign-in links) may use other keys.
          outboxMessageId: isUuid(mail.idempotencyKey) ? mail.idempotencyKey : null,
          fromAddress: mail.from,
          toAddress: mail.to,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
          attachments: mail.attachments ?? [],
        })
        .onConflictDoNothing({ target: localMailbox.idempotencyKey })
        .returning({ id: localMailbox.id });
      if (inserted) return { providerMessageId: `local:${inserted.id}` };

      const [existing] = await db
        .select({ id: localMailbox.id })
        .from(localMailbox)
        .where(eq(localMailbox.idempotencyKey, mail.idempotencyKey));
      if (!existing) throw new Error("local mailbox: conflicting row vanished");
      return { providerMessageId: `local:${existing.id}` };
    },
  };
}
