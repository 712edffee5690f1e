import type { HealthieClient } from '../../healthie/client.ts';
import { readSecret } from '../../platform/secret-store.ts';
import type { IntegrationContext } from '../context.ts';
import { createHealthieClient } from '../healthie-client-factory.ts';
import { AppError } from '../../platform/errors.ts';
import { featureDisabled, getWorkspace, hasFeature } from '../../workspace/workspaces.ts';
import { resolveBaseUrl } from './base-url.ts';
import { markConnectionError, requireConnection, saveWarnings, type HealthieConnection } from './healthie-connection.ts';

/**
 * A client for a workspace's saved connection, while the workspace has Healthie enabled. Its Base URL is checked again under the policy in
 * force now (an operator may have narrowed HEALTHIE_ALLOWED_HOSTS or turned the sandbox off since
 * it was saved, and the host's addresses may have changed): a refused one sends the key nowhere and
 * turns the connection to Error. A call Healthie refuses for the key turns it to Error at once too;
 * API warnings are kept for the admin to see.
 */
export async function clientForWorkspace(
  ctx: IntegrationContext,
  workspaceId: string,
): Promise<{ client: HealthieClient; connection: HealthieConnection }> {
  const { db } = ctx.database;
  if (!hasFeature(await getWorkspace(db, workspaceId), 'ehr_healthie')) throw featureDisabled('ehr_healthie');
  const connection = await requireConnection(db, workspaceId);
  const destination = await resolveBaseUrl(connection.baseUrl, ctx.healthie.baseUrlPolicy).catch(async (error: unknown) => {
    if (error instanceof AppError) await markConnectionError(db, connection.id, error);
    throw error;
  });
  const apiKey = await readSecret(db, ctx.keyring, connection.secretId);
  const client = createHealthieClient(ctx.healthie, {
    workspaceId,
    destination,
    apiKey,
    onAuthFailure: (error) => {
      markConnectionError(db, connection.id, error).catch((e: unknown) =>
        ctx.logger.error({ err: { type: (e as Error).name } }, 'could not mark the Healthie connection as failing'),
      );
    },
    onWarnings: (warnings) => {
      saveWarnings(db, connection, warnings).catch(() => undefined);
    },
  });
  return { client, connection };
}
