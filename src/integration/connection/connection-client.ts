import type { HealthieClient } from '../../healthie/client.ts';
import { PageSizes } from '../../healthie/page-sizes.ts';
import { AppError } from '../../platform/errors.ts';
import { readSecret } from '../../platform/secret-store.ts';
import { featureDisabled, getWorkspace, hasFeature } from '../../workspace/workspaces.ts';
import type { IntegrationContext } from '../context.ts';
import { createHealthieClient } from '../healthie-client-factory.ts';
import { noticeFromRefusal, noticeFromWarnings } from './api-version/version-notice.ts';
import { resolveBaseUrl } from './base-url.ts';
import { markConnectionError, requireConnection, saveConnectionState, type HealthieConnection } from './healthie-connection.ts';

/**
 * A client for a workspace's saved connection, while the workspace has Healthie enabled, on the
 * connection's API version, shard and page sizes. Its Base URL is checked again under the policy in
 * force now (an operator may have narrowed HEALTHIE_ALLOWED_HOSTS or turned the sandbox off since it
 * was saved, and the host's addresses may have changed): a refused one sends the key nowhere and
 * turns the connection to Error. A call Healthie refuses for the key or the version turns it to
 * Error at once too; what Healthie says about the version, and page sizes it accepted after refusing
 * larger ones, are kept on the connection.
 *
 * `trial`: a client for a compatibility check at another version, which changes nothing on the connection.
 * `settled()` waits until what the requests so far told is saved.
 */
export async function clientForWorkspace(
  ctx: IntegrationContext,
  workspaceId: string,
  trial?: { apiVersion: string },
): Promise<{ client: HealthieClient; connection: HealthieConnection; settled: () => Promise<void> }> {
  const { db } = ctx.database;
  if (!hasFeature(await getWorkspace(db, workspaceId), 'ehr_healthie')) throw featureDisabled('ehr_healthie');
  const connection = await requireConnection(db, workspaceId);
  const destination = await resolveBaseUrl(connection.baseUrl, ctx.healthie.baseUrlPolicy).catch(async (error: unknown) => {
    if (error instanceof AppError && !trial) await markConnectionError(db, connection.id, error);
    throw error;
  });
  const apiKey = await readSecret(db, ctx.keyring, connection.secretId);
  const apiVersion = trial?.apiVersion ?? connection.apiVersion;
  const pending = new Set<Promise<void>>();
  const keep = (state: Parameters<typeof saveConnectionState>[2]) => {
    const saved = saveConnectionState(db, connection, state)
      .catch((e: unknown) => ctx.logger.error({ err: { type: (e as Error).name } }, 'could not keep what Healthie said on the connection'))
      .finally(() => pending.delete(saved));
    pending.add(saved);
  };
  const client = createHealthieClient(ctx, {
    workspaceId,
    destination,
    apiKey,
    apiVersion,
    authorizationShard: connection.authorizationShard,
    pageSizes: new PageSizes(connection.pageSizes, trial ? undefined : (pageSizes) => keep({ pageSizes })),
    ...(trial
      ? {}
      : {
          onAuthFailure: (error) => {
            const refusal = error.versionRefusal;
            keep(refusal ? { error, versionNotice: noticeFromRefusal(apiVersion, refusal, new Date()) } : { error });
          },
          onWarnings: (warnings) => keep({ warnings, versionNotice: noticeFromWarnings(apiVersion, warnings, new Date()) }),
        }),
  });
  /** Resolves once what the client's requests so far told about the connection is saved. */
  const settled = async () => void (await Promise.all(pending));
  return { client, connection, settled };
}
