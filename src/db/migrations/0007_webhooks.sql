CREATE TABLE "healthie_webhook_deliveries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"webhook_id" uuid NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"event_type" text,
	"resource_type" text,
	"resource_id" text,
	"verdict" text NOT NULL,
	"reason" text,
	"signature_digest" text,
	"body_digest" text,
	"outcome" text,
	"outcome_detail" text,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "healthie_webhooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"hook_id" text NOT NULL,
	"healthie_webhook_id" text,
	"url" text NOT NULL,
	"events" text[] NOT NULL,
	"secret_id" uuid,
	"state" text DEFAULT 'active' NOT NULL,
	"reason_code" text,
	"reason" text,
	"last_delivery_at" timestamp with time zone,
	"last_reconcile_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "healthie_webhooks_workspace_id_unique" UNIQUE("workspace_id"),
	CONSTRAINT "healthie_webhooks_hook_id_unique" UNIQUE("hook_id")
);
--> statement-breakpoint
ALTER TABLE "healthie_webhook_deliveries" ADD CONSTRAINT "healthie_webhook_deliveries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthie_webhook_deliveries" ADD CONSTRAINT "healthie_webhook_deliveries_webhook_id_healthie_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."healthie_webhooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthie_webhooks" ADD CONSTRAINT "healthie_webhooks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "healthie_webhooks" ADD CONSTRAINT "healthie_webhooks_secret_id_encrypted_secrets_id_fk" FOREIGN KEY ("secret_id") REFERENCES "public"."encrypted_secrets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_signature" ON "healthie_webhook_deliveries" USING btree ("webhook_id","signature_digest");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_recent" ON "healthie_webhook_deliveries" USING btree ("workspace_id","received_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_pending" ON "healthie_webhook_deliveries" USING btree ("webhook_id","body_digest") WHERE "healthie_webhook_deliveries"."outcome" = 'pending';