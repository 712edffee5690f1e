ALTER TABLE "calendar_events" ADD COLUMN "contact_type" text;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "synced_at" timestamp with time zone;