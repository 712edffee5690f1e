import { eq } from 'drizzle-orm';
import { healthieConnections, workspaces } from '../../db/schema.ts';
import { HealthieError } from '../../healthie/errors.ts';
import type { JobDefinition } from '../../jobs/job-definitions.ts';
import { AppError } from '../../platform/errors.ts';
import { systemActor } from '../../workspace/audit.ts';
import { featureEnabled } from '../../workspace/workspaces.ts';
import { switchApiVersion } from './api-version/switch-version.ts';
import { upgradeDue } from './api-version/version-notice.ts';
import type { IntegrationContext } from '../context.ts';
import { clientForWorkspace } from './connection-client.ts';
import type { HealthieConnection } from './healthie-connection.ts';

/**
 * Tests a saved connection with currentUser. A refused key or version turns it to Error with the
 * reason and a later success turns it back; a passing outage (timeout, 5xx) is noted without
 * flipping the status. Then, when Healthie's notice says the version is refused or within days of
 * its sunset, the automatic upgrade (unless turned off) switches to Healthie's latest version if
 * every operation validates there.
 */
export async function checkConnection(ctx: IntegrationContext, workspaceId: string): Promise<HealthieConnection> {
  const { db } = ctx.database;
  const { client, connection, settled } = await clientForWorkspace(ctx, workspaceId);
  const now = new Date();
  let update: Partial<HealthieConnection>;
  try {
    const user = await client.currentUser();
    if (!user) throw new HealthieError('auth');
    update = {
      status: 'connected',
      statusReasonCode: null,
      statusReason: null,
      lastCheckError: null,
      healthieUserName: user.name,
      healthieUserEmail: user.email,
    };
  } catch (error) {
    if (!(error instanceof HealthieError)) throw error;
    update = error.transient
      ? { lastCheckError: error.message }
      : { status: 'error', statusReasonCode: error.code, statusReason: error.message, lastCheckError: error.message };
  }
  await settled();
  const [saved] = await db
    .update(healthieConnections)
    .set({ ...update, lastCheckedAt: now, updatedAt: now })
    .where(eq(healthieConnections.id, connection.id))
    .returning();
  return upgradeIfDue(ctx, saved ?? connection, now);
}

async function upgradeIfDue(ctx: IntegrationContext, connection: HealthieConnection, now: Date): Promise<HealthieConnection> {
  const notice = connection.versionNotice;
  if (!connection.autoUpgrade || !upgradeDue(notice, connection.apiVersion, now)) return connection;
  try {
    return (await switchApiVersion(ctx, { workspaceId: connection.workspaceId, version: notice.latestVersion, actor: systemActor, automatic: true })).connection;
  } catch (error) {
    if (!(error instanceof AppError || error instanceof HealthieError)) throw error;
    const message = `The automatic switch to API version ${notice.latestVersion} did not happen: ${error.message}`;
    const [saved] = await ctx.database.db.update(healthieConnections).set({ lastCheckError: message }).where(eq(healthieConnections.id, connection.id)).returning();
    return saved ?? connection;
  }
}

export const CONNECTION_CHECK_JOB = 'healthie.connection.check';

/**
 * On HEALTH_CHECK_CRON: one check job per connection of a workspace with Healthie enabled, so a slow
 * or failing workspace holds up no other. A connection whose check still waits gets no second one.
 */
export function connectionHealthCheckJob(ctx: IntegrationContext, schedule: string): JobDefinition {
  return {
    name: 'healthie.connections.check',
    schedule,
    async handler(_data, { logger }) {
      const connections = await ctx.database.db
        .select({ workspaceId: healthieConnections.workspaceId })
        .from(healthieConnections)
        .innerJoin(workspaces, eq(workspaces.id, healthieConnections.workspaceId))
        .where(featureEnabled('ehr_healthie'));
      for (const { workspaceId } of connections) await ctx.jobs.send(CONNECTION_CHECK_JOB, { workspaceId }, { singletonKey: workspaceId });
      logger.info({ connections: connections.length }, 'Healthie connection checks queued');
    },
  };
}

/** One connection's check; a failure of ours (the database gone away) is pg-boss's to retry. */
export function connectionCheckJob(ctx: IntegrationContext): JobDefinition<{ workspaceId: string }> {
  return {
    name: CONNECTION_CHECK_JOB,
    policy: 'stately',
    concurrency: 4,
    // The longest check: a currentUser within the request budget, then an upgrade's validation of every operation.
    expireInSeconds: 5 * 60,
    async handler({ workspaceId }, { logger }) {
      try {
        const checked = await checkConnection(ctx, workspaceId);
        logger.info({ workspaceId, status: checked.status }, 'Healthie connection checked');
      } catch (error) {
        // Deleted since, Healthie turned off, a Base URL now refused (the connection says so): nothing to retry.
        if (!(error instanceof AppError)) throw error;
        logger.info({ workspaceId, code: error.code }, 'Healthie connection not checked');
      }
    },
  };
}
