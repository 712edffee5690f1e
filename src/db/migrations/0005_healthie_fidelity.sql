ALTER TABLE "calendar_events" ADD COLUMN "attendee_count" integer;--> statement-breakpoint
ALTER TABLE "healthie_connections" ADD COLUMN "api_version" text DEFAULT '2026-01-01' NOT NULL;--> statement-breakpoint
ALTER TABLE "healthie_connections" ADD COLUMN "version_notice" jsonb;--> statement-breakpoint
ALTER TABLE "healthie_connections" ADD COLUMN "last_version_change" jsonb;--> statement-breakpoint
ALTER TABLE "healthie_connections" ADD COLUMN "auto_upgrade" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "healthie_connections" ADD COLUMN "authorization_shard" text;--> statement-breakpoint
ALTER TABLE "healthie_connections" ADD COLUMN "page_sizes" jsonb DEFAULT '{}'::jsonb NOT NULL;