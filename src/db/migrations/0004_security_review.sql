CREATE TABLE "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"resets_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_events" ADD COLUMN "external_patient_id" text;--> statement-breakpoint
ALTER TABLE "calendar_sync_runs" ADD COLUMN "error_code" text;--> statement-breakpoint
ALTER TABLE "healthie_connections" ADD COLUMN "status_reason_code" text;--> statement-breakpoint
CREATE INDEX "rate_limit_counters_resets" ON "rate_limit_counters" USING btree ("resets_at");--> statement-breakpoint
CREATE INDEX "events_external_patient" ON "calendar_events" USING btree ("workspace_id","external_patient_id");