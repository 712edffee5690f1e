import { eq } from 'drizzle-orm';
import { healthieConnections } from '../../../db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordAudit, type Actor } from '../../../workspace/audit.ts';
import type { IntegrationContext } from '../../context.ts';
import { lockConnection, requireConnection, type HealthieConnection } from '../healthie-connection.ts';
import { checkApiVersion, type OperationCheck } from './version-check.ts';

/**
 * Switches the connection to `version`, only when Healthie validates every operation there (the
 * check runs first). Audited; a connection in Error because Healthie refused its old version is
 * Connected again, and the notice about the old version is dropped.
 */
export async function switchApiVersion(
  ctx: IntegrationContext,
  input: { workspaceId: string; version: string; actor: Actor; automatic?: boolean },
): Promise<{ connection: HealthieConnection; checks: OperationCheck[] }> {
  const checks = await checkApiVersion(ctx, input);
  const failing = checks.filter((c) => !c.valid);
  if (failing.length > 0) {
    throw new AppError(
      422,
      'api_version_incompatible',
      `Not switched to API version ${input.version}: ${failing.map((c) => c.operation).join(', ')} ${failing.length === 1 ? 'does' : 'do'} not validate there`,
    );
  }
  const connection = await ctx.database.db.transaction(async (tx) => {
    await lockConnection(tx, input.workspaceId);
    const current = await requireConnection(tx, input.workspaceId);
    if (current.apiVersion === input.version) return current;
    const change = { from: current.apiVersion, to: input.version, at: new Date().toISOString(), automatic: input.automatic ?? false };
    const refusedVersion = current.status === 'error' && current.statusReasonCode === 'healthie_version_unsupported';
    const [updated] = await tx
      .update(healthieConnections)
      .set({
        apiVersion: input.version,
        versionNotice: null,
        lastVersionChange: change,
        updatedAt: new Date(),
        ...(refusedVersion ? { status: 'connected' as const, statusReasonCode: null, statusReason: null } : {}),
      })
      .where(eq(healthieConnections.id, current.id))
      .returning();
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: 'healthie.connection.api_version_changed',
      target: { type: 'healthie_connection', id: current.id },
      details: { ...change },
    });
    return updated!;
  });
  return { connection, checks };
}
