import type { Tx } from '../../db/database.ts';
import type { IntegrationContext } from '../context.ts';
import { pendingDeliveryCount, recentDeliveries, webhookOf } from './webhook-store.ts';

export type WebhookHealth = 'healthy' | 'degraded' | 'off';

/**
 * Whether Healthie's changes reach the calendars within a second: healthy (registered and checked by
 * the reconcile job lately), degraded (registered, but the last attempt to set it up or repair it
 * failed, or nothing checked it for three reconcile intervals), or off (no calendar linked, or no
 * PUBLIC_URL): then the scheduled sync alone keeps the calendars current.
 */
export async function webhookStatus(ctx: IntegrationContext, workspaceId: string, now = new Date()) {
  const webhook = await webhookOf(ctx.database.db, workspaceId);
  const staleAfterMs = 3 * ctx.webhooks.reconcileMinutes * 60_000;
  let status: WebhookHealth = 'off';
  let reason: string | null = 'No calendar is linked to Healthie: webhooks start with the first one.';
  if (webhook?.state === 'off') reason = webhook.reason;
  else if (webhook?.healthieWebhookId) {
    const unchecked = (webhook.lastReconcileAt ?? webhook.createdAt).getTime() < now.getTime() - staleAfterMs;
    status = webhook.reasonCode || unchecked ? 'degraded' : 'healthy';
    reason = webhook.reason ?? (unchecked ? 'The webhook has not been checked against Healthie lately.' : null);
  }
  return {
    status,
    reason,
    url: webhook?.url || null,
    events: webhook?.events ?? [],
    lastDeliveryAt: webhook?.lastDeliveryAt ?? null,
    lastReconcileAt: webhook?.lastReconcileAt ?? null,
    pendingDeliveries: webhook ? await pendingDeliveryCount(ctx.database.db, webhook.id) : 0,
  };
}

/** Whether the connection's webhooks carry changes now (then the scheduled sync may run less often). */
export async function webhooksHealthy(ctx: IntegrationContext, workspaceId: string): Promise<boolean> {
  return (await webhookStatus(ctx, workspaceId)).status === 'healthy';
}

/** The last deliveries, newest first: when, what, the verdict and what processing did; ids only. */
export async function webhookDeliveries(tx: Tx, workspaceId: string, limit: number) {
  return (await recentDeliveries(tx, workspaceId, limit)).map((d) => ({
    id: d.id,
    receivedAt: d.receivedAt,
    eventType: d.eventType,
    resourceType: d.resourceType,
    resourceId: d.resourceId,
    verdict: d.verdict,
    reason: d.reason,
    outcome: d.outcome,
    outcomeDetail: d.outcomeDetail,
    processedAt: d.processedAt,
  }));
}
