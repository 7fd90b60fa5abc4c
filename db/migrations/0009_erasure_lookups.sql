-- reviewed: expand — local_mailbox is the development mail stand-in: never large, never in production
CREATE INDEX IF NOT EXISTS "local_mailbox_outbox_message_id_idx" ON "local_mailbox" USING btree ("outbox_message_id");--> statement-breakpoint
-- reviewed: expand — built CONCURRENTLY before the deploy on a large outbox (docs/operations.md); new databases build it here
CREATE INDEX IF NOT EXISTS "outbox_messages_order_id_idx" ON "outbox_messages" USING btree (("payload" #>> '{order,orderId}'));
