import { eq } from 'drizzle-orm';
import { healthieConnections } from '../../db/schema.ts';
import { HealthieError } from '../../healthie/errors.ts';
import type { ApiWarning } from '../../healthie/transport.ts';
import { deleteSecret, storeSecret } from '../../platform/secret-store.ts';
import { recordAudit, type Actor } from '../../workspace/audit.ts';
import type { IntegrationContext } from '../context.ts';
import { createHealthieClient } from '../healthie-client-factory.ts';
import { noticeFromWarnings } from './api-version/version-notice.ts';
import { resolveBaseUrl } from './base-url.ts';
import { findConnection, HEALTHIE_API_KEY_PURPOSE, lockConnection, type HealthieConnection } from './healthie-connection.ts';

/**
 * Tests the key against Healthie (currentUser) and only then saves it, encrypted. On
 * reconfigure the old key stays in place until the new one has passed; a failure saves nothing.
 */
export async function connectHealthie(
  ctx: IntegrationContext,
  input: { workspaceId: string; apiKey: string; baseUrl?: string | null; authorizationShard?: string | null; actor: Actor },
): Promise<HealthieConnection> {
  const target = await resolveBaseUrl(input.baseUrl, ctx.healthie.baseUrlPolicy);
  // A reconfigured connection keeps its API version; a new one starts on the configured default.
  const apiVersion = (await findConnection(ctx.database.db, input.workspaceId))?.apiVersion ?? ctx.healthie.apiVersion;
  const warnings: ApiWarning[] = [];
  const client = createHealthieClient(ctx, {
    workspaceId: input.workspaceId,
    destination: target,
    apiKey: input.apiKey,
    apiVersion,
    authorizationShard: input.authorizationShard ?? null,
    onWarnings: (w) => warnings.push(...w),
  });
  const user = await client.currentUser();
  if (!user) throw new HealthieError('auth');

  const now = new Date();
  return ctx.database.db.transaction(async (tx) => {
    await lockConnection(tx, input.workspaceId);
    const previous = await findConnection(tx, input.workspaceId);
    const secretId = await storeSecret(tx, ctx.keyring, {
      workspaceId: input.workspaceId,
      purpose: HEALTHIE_API_KEY_PURPOSE,
      value: input.apiKey,
    });
    const values = {
      baseUrl: target.stored,
      secretId,
      apiKeyLast4: input.apiKey.slice(-4),
      status: 'connected' as const,
      statusReasonCode: null,
      statusReason: null,
      healthieUserId: user.id,
      healthieUserName: user.name,
      healthieUserEmail: user.email,
      warnings: dedupe(warnings),
      apiVersion,
      versionNotice: noticeFromWarnings(apiVersion, warnings, now),
      authorizationShard: input.authorizationShard ?? null,
      lastCheckedAt: now,
      lastCheckError: null,
      updatedAt: now,
    };
    const [saved] = previous
      ? await tx.update(healthieConnections).set(values).where(eq(healthieConnections.id, previous.id)).returning()
      : await tx.insert(healthieConnections).values({ ...values, workspaceId: input.workspaceId, connectedAt: now }).returning();
    if (previous) await deleteSecret(tx, previous.secretId);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: previous ? 'healthie.connection.reconfigured' : 'healthie.connection.configured',
      target: { type: 'healthie_connection', id: saved!.id },
      details: { baseUrl: target.stored ?? 'production', healthieUserId: user.id },
    });
    return saved!;
  });
}

function dedupe(warnings: ApiWarning[]): ApiWarning[] {
  const seen = new Map(warnings.map((w) => [`${w.code}:${w.message}`, w]));
  return [...seen.values()];
}
