import { and, count, desc, eq } from 'drizzle-orm';
import { deleteSecret } from '../../platform/secret-store.ts';
import type { Tx } from '../../db/database.ts';
import { healthieWebhookDeliveries, healthieWebhooks, type DeliveryOutcome } from '../../db/schema.ts';

export type StoredWebhook = typeof healthieWebhooks.$inferSelect;
export type StoredDelivery = typeof healthieWebhookDeliveries.$inferSelect;

export const WEBHOOK_SECRET_PURPOSE = 'healthie:webhook_secret';

/** The path every webhook URL starts with, after PUBLIC_URL. */
export const WEBHOOK_PATH = '/api/webhooks/healthie';

export async function webhookOf(tx: Tx, workspaceId: string): Promise<StoredWebhook | undefined> {
  const [webhook] = await tx.select().from(healthieWebhooks).where(eq(healthieWebhooks.workspaceId, workspaceId));
  return webhook;
}

export async function webhookByHookId(tx: Tx, hookId: string): Promise<StoredWebhook | undefined> {
  const [webhook] = await tx.select().from(healthieWebhooks).where(eq(healthieWebhooks.hookId, hookId));
  return webhook;
}

export async function recordOutcome(tx: Tx, deliveryId: number, outcome: DeliveryOutcome, detail: string | null): Promise<void> {
  await tx
    .update(healthieWebhookDeliveries)
    .set({ outcome, outcomeDetail: detail, processedAt: new Date() })
    .where(eq(healthieWebhookDeliveries.id, deliveryId));
}

export async function recentDeliveries(tx: Tx, workspaceId: string, limit: number): Promise<StoredDelivery[]> {
  return tx
    .select()
    .from(healthieWebhookDeliveries)
    .where(eq(healthieWebhookDeliveries.workspaceId, workspaceId))
    .orderBy(desc(healthieWebhookDeliveries.id))
    .limit(limit);
}

/** Deliveries accepted and not yet processed: the backlog between Healthie and the calendars. */
export async function pendingDeliveryCount(tx: Tx, webhookId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(healthieWebhookDeliveries)
    .where(and(eq(healthieWebhookDeliveries.webhookId, webhookId), eq(healthieWebhookDeliveries.outcome, 'pending')));
  return row?.n ?? 0;
}

/** Drops the workspace's webhook and its sealed secret here (Healthie's side is the caller's business). */
export async function forgetWebhook(tx: Tx, workspaceId: string): Promise<void> {
  const [removed] = await tx.delete(healthieWebhooks).where(eq(healthieWebhooks.workspaceId, workspaceId)).returning({ secretId: healthieWebhooks.secretId });
  if (removed?.secretId) await deleteSecret(tx, removed.secretId);
}
