CREATE TABLE "healthie_push_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"workspace_id" uuid NOT NULL,
	"calendar_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"operation" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"base_version" timestamp with time zone,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"ambiguous" boolean DEFAULT false NOT NULL,
	"error_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_event_types" ADD COLUMN "contact_types" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "push_state" text;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "push_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "push_error" text;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "push_error_code" text;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "push_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "pushed_version" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "push_conflict" jsonb;--> statement-breakpoint
ALTER TABLE "healthie_push_outbox" ADD CONSTRAINT "healthie_push_outbox_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthie_push_outbox" ADD CONSTRAINT "healthie_push_outbox_calendar_id_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."calendars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthie_push_outbox" ADD CONSTRAINT "healthie_push_outbox_event_id_calendar_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."calendar_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "push_outbox_event" ON "healthie_push_outbox" USING btree ("event_id","seq");--> statement-breakpoint
CREATE INDEX "push_outbox_due" ON "healthie_push_outbox" USING btree ("next_attempt_at") WHERE "healthie_push_outbox"."state" in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "push_outbox_open" ON "healthie_push_outbox" USING btree ("calendar_id") WHERE "healthie_push_outbox"."state" in ('pending', 'sending', 'failed');