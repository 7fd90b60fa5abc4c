CREATE TYPE "public"."outbox_delivery_status" AS ENUM('delivered', 'delivery_delayed', 'bounced', 'complained');--> statement-breakpoint
CREATE TYPE "public"."supplier_line_mark" AS ENUM('shipped', 'ready_for_pickup');--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "delivery_status" "outbox_delivery_status";--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "delivery_status_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "delivery_detail" text;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_lines" ADD COLUMN "mark" "supplier_line_mark";--> statement-breakpoint
ALTER TABLE "supplier_dispatch_lines" ADD COLUMN "marked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_lines" ADD COLUMN "tracking_number" text;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_lines" ADD COLUMN "carrier" text;--> statement-breakpoint
-- reviewed: expand — built CONCURRENTLY before the deploy on a large outbox (docs/operations.md); new databases build it here
CREATE INDEX IF NOT EXISTS "outbox_messages_provider_message_id_idx" ON "outbox_messages" USING btree ("provider_message_id");