CREATE TABLE "member_match_progress" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"status" text NOT NULL,
	"phase" text NOT NULL,
	"strategy" text,
	"patients_read" integer DEFAULT 0 NOT NULL,
	"patients_total" integer,
	"searches_done" integer DEFAULT 0 NOT NULL,
	"searches_total" integer,
	"started_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "member_match_progress" ADD CONSTRAINT "member_match_progress_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;