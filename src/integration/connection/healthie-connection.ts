import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { holdTransactionLock } from '../../db/transaction-lock.ts';
import { healthieConnections, type ApiVersionNotice, type StoredApiWarning } from '../../db/schema.ts';
import type { HealthieError } from '../../healthie/errors.ts';
import { HEALTHIE_API_VERSION } from '../../healthie/transport.ts';
import { AppError } from '../../platform/errors.ts';
import { describeNotice, displayedStatus } from './api-version/version-notice.ts';

export type HealthieConnection = typeof healthieConnections.$inferSelect;

export const HEALTHIE_API_KEY_PURPOSE = 'healthie:api_key';

/** What the API shows of a connection: never the key, at most its last four characters. */
export function connectionDto(connection: HealthieConnection, now = new Date()) {
  return {
    id: connection.id,
    ...connectionStatusDto(connection, now),
    apiVersion: connection.apiVersion,
    /** The newest version this release's operations were validated against: the first one to check. */
    newestValidatedVersion: HEALTHIE_API_VERSION,
    versionNotice: connection.versionNotice ? { ...connection.versionNotice, text: describeNotice(connection.versionNotice, now) } : null,
    lastVersionChange: connection.lastVersionChange,
    autoUpgrade: connection.autoUpgrade,
    authorizationShard: connection.authorizationShard,
    baseUrl: connection.baseUrl,
    healthieUser: { id: connection.healthieUserId, name: connection.healthieUserName, email: connection.healthieUserEmail },
    apiKeyLast4: connection.apiKeyLast4,
    warnings: connection.warnings,
    lastCheckedAt: connection.lastCheckedAt,
    lastCheckError: connection.lastCheckError,
    connectedAt: connection.connectedAt,
    updatedAt: connection.updatedAt,
  };
}

/**
 * What everyone in the workspace may see of the connection: whether it is there and works, as one
 * status (Connected, Action needed when Healthie soon stops accepting its API version, Error).
 */
export function connectionStatusDto(connection: HealthieConnection | undefined, now = new Date()) {
  if (!connection) return { installed: false, status: null, statusReasonCode: null, statusReason: null };
  const status = displayedStatus(connection, now);
  const actionNeeded = status === 'action_needed' && connection.versionNotice;
  return {
    installed: true,
    status,
    statusReasonCode: actionNeeded ? 'healthie_version_sunset' : connection.statusReasonCode,
    statusReason: actionNeeded ? describeNotice(connection.versionNotice!, now) : connection.statusReason,
  };
}

export async function findConnection(tx: Tx, workspaceId: string): Promise<HealthieConnection | undefined> {
  const [connection] = await tx.select().from(healthieConnections).where(eq(healthieConnections.workspaceId, workspaceId));
  return connection;
}

export async function requireConnection(tx: Tx, workspaceId: string): Promise<HealthieConnection> {
  const connection = await findConnection(tx, workspaceId);
  if (!connection) {
    throw new AppError(409, 'healthie_not_connected', 'Healthie is not connected: install it from App Connections and enter an API key');
  }
  return connection;
}

/** Connect, reconfigure and delete of one workspace's connection take turns, across processes. */
export const lockConnection = (tx: Tx, workspaceId: string) => holdTransactionLock(tx, `healthie-connection:${workspaceId}`);

/** The connection turns Error with the failure's code and our own message for it. */
export async function markConnectionError(tx: Tx, connectionId: string, error: Pick<HealthieError, 'code' | 'message'>): Promise<void> {
  await tx
    .update(healthieConnections)
    .set({ status: 'error', statusReasonCode: error.code, statusReason: error.message, updatedAt: new Date() })
    .where(eq(healthieConnections.id, connectionId));
}

/** What Healthie said while a client worked: warnings, the version notice, accepted page sizes, a refusal. */
export interface ObservedState {
  warnings?: StoredApiWarning[];
  versionNotice?: ApiVersionNotice | null;
  pageSizes?: Record<string, number>;
  error?: Pick<HealthieError, 'code' | 'message'>;
}

const sameNotice = (a: ApiVersionNotice | null, b: ApiVersionNotice | null) =>
  JSON.stringify(a && { ...a, observedAt: null }) === JSON.stringify(b && { ...b, observedAt: null });

/** Keeps what changed (Healthie repeats its warnings on every answer: an unchanged one writes nothing). */
export async function saveConnectionState(tx: Tx, connection: HealthieConnection, state: ObservedState): Promise<void> {
  const changes: Partial<HealthieConnection> = {};
  if (state.warnings && JSON.stringify(state.warnings) !== JSON.stringify(connection.warnings)) changes.warnings = state.warnings;
  if (state.versionNotice !== undefined && !sameNotice(state.versionNotice, connection.versionNotice)) changes.versionNotice = state.versionNotice;
  if (state.error) Object.assign(changes, { status: 'error', statusReasonCode: state.error.code, statusReason: state.error.message, updatedAt: new Date() });
  if (Object.keys(changes).length === 0 && !state.pageSizes) return;
  Object.assign(connection, changes, state.pageSizes ? { pageSizes: { ...connection.pageSizes, ...state.pageSizes } } : {});
  await tx
    .update(healthieConnections)
    .set({ ...changes, ...(state.pageSizes ? { pageSizes: smallerPageSizes(state.pageSizes) } : {}) })
    .where(eq(healthieConnections.id, connection.id));
}

/**
 * The stored page sizes with `sizes` merged in, the smaller one of each list winning: another
 * process may have narrowed a list since this one read the connection, and must not be undone.
 */
function smallerPageSizes(sizes: Record<string, number>) {
  return sql`${healthieConnections.pageSizes} || coalesce((
    select jsonb_object_agg(key, least(value::int, coalesce((${healthieConnections.pageSizes} ->> key)::int, value::int)))
    from jsonb_each_text(${JSON.stringify(sizes)}::jsonb)
  ), '{}'::jsonb)`;
}
