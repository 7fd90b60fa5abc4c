CREATE TYPE "public"."supplier_batch_schedule" AS ENUM('window_close', 'daily', 'manual');--> statement-breakpoint
CREATE TYPE "public"."supplier_dispatch_kind" AS ENUM('immediate', 'batch');--> statement-breakpoint
CREATE TYPE "public"."supplier_dispatch_mode" AS ENUM('immediate', 'batch');--> statement-breakpoint
CREATE TABLE "item_suppliers" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"supplier_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supplier_dispatch_lines" (
	"dispatch_id" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	CONSTRAINT "supplier_dispatch_lines_dispatch_id_order_line_id_pk" PRIMARY KEY("dispatch_id","order_line_id")
);
--> statement-breakpoint
CREATE TABLE "supplier_dispatch_messages" (
	"dispatch_id" uuid NOT NULL,
	"outbox_message_id" uuid NOT NULL,
	CONSTRAINT "supplier_dispatch_messages_dispatch_id_outbox_message_id_pk" PRIMARY KEY("dispatch_id","outbox_message_id")
);
--> statement-breakpoint
CREATE TABLE "supplier_dispatches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"kind" "supplier_dispatch_kind" NOT NULL,
	"trigger" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_dispatches_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "supplier_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supplier_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_links_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "supplier_shared_fields" (
	"supplier_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"field_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supplier_shared_fields_supplier_id_event_id_pk" PRIMARY KEY("supplier_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"emails" text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"dispatch_mode" "supplier_dispatch_mode" DEFAULT 'immediate' NOT NULL,
	"batch_schedule" "supplier_batch_schedule" DEFAULT 'window_close' NOT NULL,
	"daily_at" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suppliers_has_email" CHECK (cardinality("suppliers"."emails") >= 1),
	CONSTRAINT "suppliers_daily_at" CHECK (("suppliers"."batch_schedule" <> 'daily') or ("suppliers"."daily_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'))
);
--> statement-breakpoint
ALTER TABLE "local_mailbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "item_suppliers" ADD CONSTRAINT "item_suppliers_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_suppliers" ADD CONSTRAINT "item_suppliers_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_lines" ADD CONSTRAINT "supplier_dispatch_lines_dispatch_id_supplier_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."supplier_dispatches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_lines" ADD CONSTRAINT "supplier_dispatch_lines_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_lines" ADD CONSTRAINT "supplier_dispatch_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_messages" ADD CONSTRAINT "supplier_dispatch_messages_dispatch_id_supplier_dispatches_id_fk" FOREIGN KEY ("dispatch_id") REFERENCES "public"."supplier_dispatches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatch_messages" ADD CONSTRAINT "supplier_dispatch_messages_outbox_message_id_outbox_messages_id_fk" FOREIGN KEY ("outbox_message_id") REFERENCES "public"."outbox_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatches" ADD CONSTRAINT "supplier_dispatches_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatches" ADD CONSTRAINT "supplier_dispatches_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_dispatches" ADD CONSTRAINT "supplier_dispatches_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_links" ADD CONSTRAINT "supplier_links_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_links" ADD CONSTRAINT "supplier_links_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_shared_fields" ADD CONSTRAINT "supplier_shared_fields_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supplier_shared_fields" ADD CONSTRAINT "supplier_shared_fields_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_suppliers_supplier_id_idx" ON "item_suppliers" USING btree ("supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supplier_dispatch_lines_line_key" ON "supplier_dispatch_lines" USING btree ("order_line_id");--> statement-breakpoint
CREATE INDEX "supplier_dispatch_lines_order_id_idx" ON "supplier_dispatch_lines" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "supplier_dispatch_messages_outbox_message_id_idx" ON "supplier_dispatch_messages" USING btree ("outbox_message_id");--> statement-breakpoint
CREATE INDEX "supplier_dispatches_event_supplier_idx" ON "supplier_dispatches" USING btree ("event_id","supplier_id","created_at");--> statement-breakpoint
CREATE INDEX "supplier_dispatches_org_id_idx" ON "supplier_dispatches" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "supplier_dispatches_supplier_id_idx" ON "supplier_dispatches" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "supplier_links_supplier_event_idx" ON "supplier_links" USING btree ("supplier_id","event_id","created_at");--> statement-breakpoint
CREATE INDEX "supplier_links_event_id_idx" ON "supplier_links" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "supplier_shared_fields_event_id_idx" ON "supplier_shared_fields" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "suppliers_org_id_idx" ON "suppliers" USING btree ("org_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_org_name_key" ON "suppliers" USING btree ("org_id",lower("name"));