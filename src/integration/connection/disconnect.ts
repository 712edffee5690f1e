import { and, eq } from 'drizzle-orm';
import { calendars, healthieConnections } from '../../db/schema.ts';
import { deleteSecret } from '../../platform/secret-store.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import { INTERNAL_SOURCE } from '../../workspace/calendars.ts';
import type { IntegrationContext } from '../context.ts';
import { endActiveRuns } from '../calendar-sync/sync-runs.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { removeAllLinks } from '../member-links/patient-link-store.ts';
import { removeWebhookBeforeDisconnect } from '../webhooks/webhook-lifecycle.ts';
import { forgetWebhook } from '../webhooks/webhook-store.ts';
import { lockConnection, requireConnection } from './healthie-connection.ts';

export interface DisconnectResult {
  calendarsUnlinked: number;
  memberLinksCleared: number;
}

/**
 * Removes the connection and its secret, and the webhook (in Healthie first, while the key works).
 * Linked calendars revert to internal and keep their events; member links stay (a reconnect to the same practice keeps working) unless the admin
 * asks to clear them.
 */
export async function disconnectHealthie(
  ctx: IntegrationContext,
  input: { workspaceId: string; actor: Actor; clearMemberLinks: boolean },
): Promise<DisconnectResult> {
  await removeWebhookBeforeDisconnect(ctx, input.workspaceId);
  return ctx.database.db.transaction(async (tx) => {
    await lockConnection(tx, input.workspaceId);
    const connection = await requireConnection(tx, input.workspaceId);
    await forgetWebhook(tx, input.workspaceId);
    await tx.delete(healthieConnections).where(eq(healthieConnections.id, connection.id));
    await deleteSecret(tx, connection.secretId);
    const unlinked = await tx
      .update(calendars)
      .set({ source: INTERNAL_SOURCE, sourceSettings: {}, updatedAt: new Date() })
      .where(and(eq(calendars.workspaceId, input.workspaceId), eq(calendars.source, HEALTHIE_SOURCE)))
      .returning({ id: calendars.id });
    for (const { id } of unlinked) await endActiveRuns(tx, id, 'The Healthie connection was deleted; the sync stopped');
    const cleared = input.clearMemberLinks ? await removeAllLinks(tx, input.workspaceId) : 0;
    const result = { calendarsUnlinked: unlinked.length, memberLinksCleared: cleared };
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'healthie.connection.deleted',
      target: { type: 'healthie_connection', id: connection.id },
      details: { ...result },
    });
    return result;
  });
}
