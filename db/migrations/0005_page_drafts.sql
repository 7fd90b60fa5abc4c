CREATE TABLE "page_drafts" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"document" jsonb NOT NULL,
	"theme" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"based_on_version" integer,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_pages" ADD COLUMN "document" jsonb;--> statement-breakpoint
ALTER TABLE "event_pages" ADD COLUMN "theme" jsonb;--> statement-breakpoint
ALTER TABLE "event_pages" ADD COLUMN "published_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "page_drafts" ADD CONSTRAINT "page_drafts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_drafts" ADD CONSTRAINT "page_drafts_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "page_drafts_updated_by_user_id_idx" ON "page_drafts" USING btree ("updated_by_user_id");--> statement-breakpoint
ALTER TABLE "event_pages" ADD CONSTRAINT "event_pages_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_pages_published_by_user_id_idx" ON "event_pages" USING btree ("published_by_user_id");