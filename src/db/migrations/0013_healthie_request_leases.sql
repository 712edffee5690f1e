CREATE TABLE "healthie_backoffs" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"backoff_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "healthie_request_leases" (
	"workspace_id" uuid NOT NULL,
	"slot" integer NOT NULL,
	"lease_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "healthie_request_leases_workspace_id_slot_pk" PRIMARY KEY("workspace_id","slot")
);
--> statement-breakpoint
ALTER TABLE "healthie_backoffs" ADD CONSTRAINT "healthie_backoffs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthie_request_leases" ADD CONSTRAINT "healthie_request_leases_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;