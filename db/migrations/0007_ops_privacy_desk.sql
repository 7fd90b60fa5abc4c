CREATE TYPE "public"."maintenance_mode" AS ENUM('off', 'read_only', 'closed');--> statement-breakpoint
CREATE TYPE "public"."erasure_reason" AS ENUM('retention', 'attendee_request', 'owner_request');--> statement-breakpoint
ALTER TYPE "public"."member_role" ADD VALUE 'desk';--> statement-breakpoint
CREATE TABLE "feature_flags" (
	"key" text PRIMARY KEY NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"rollout_percent" integer DEFAULT 0 NOT NULL,
	"org_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"event_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feature_flags_rollout_range" CHECK ("feature_flags"."rollout_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "operator_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"maintenance_mode" "maintenance_mode" DEFAULT 'off' NOT NULL,
	"maintenance_message" text,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operator_settings_single_row" CHECK ("operator_settings"."id")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "retention_days_default" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "retention_days" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "maintenance_mode" "maintenance_mode" DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "maintenance_message" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "erasure_reason" "erasure_reason";--> statement-breakpoint
ALTER TABLE "feature_flags" ADD CONSTRAINT "feature_flags_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_settings" ADD CONSTRAINT "operator_settings_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_days_range" CHECK ("organisations"."retention_days_default" between 1 and 3650);--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_retention_days_range" CHECK ("events"."retention_days" is null or "events"."retention_days" between 1 and 3650);