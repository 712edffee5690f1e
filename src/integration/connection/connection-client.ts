import type { HealthieClient } from '../../healthie/client.ts';
import { readSecret } from '../../platform/secret-store.ts';
import type { IntegrationContext } from '../context.ts';
import { createHealthieClient } from '../healthie-client-factory.ts';
import { HEALTHIE_PRODUCTION_URL } from './base-url.ts';
import { markConnectionError, requireConnection, saveWarnings, type HealthieConnection } from './healthie-connection.ts';

/**
 * A client for a workspace's saved connection. A call Healthie refuses for the key turns the
 * connection to Error at once; API warnings are kept for the admin to see.
 */
export async function clientForWorkspace(
  ctx: IntegrationContext,
  workspaceId: string,
): Promise<{ client: HealthieClient; connection: HealthieConnection }> {
  const { db } = ctx.database;
  const connection = await requireConnection(db, workspaceId);
  const apiKey = await readSecret(db, ctx.keyring, connection.secretId);
  const client = createHealthieClient(ctx.healthie, {
    workspaceId,
    endpoint: connection.baseUrl ?? HEALTHIE_PRODUCTION_URL,
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
