import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { holdTransactionLock } from '../../db/transaction-lock.ts';
import { healthieConnections, type StoredApiWarning } from '../../db/schema.ts';
import type { HealthieError } from '../../healthie/errors.ts';
import { AppError } from '../../platform/errors.ts';

export type HealthieConnection = typeof healthieConnections.$inferSelect;

export const HEALTHIE_API_KEY_PURPOSE = 'healthie:api_key';

/** What the API shows of a connection: never the key, at most its last four characters. */
export function connectionDto(connection: HealthieConnection) {
  return {
    id: connection.id,
    status: connection.status,
    statusReasonCode: connection.statusReasonCode,
    statusReason: connection.statusReason,
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

/** What everyone in the workspace may see of the connection: whether it is there and works. */
export function connectionStatusDto(connection: HealthieConnection | undefined) {
  return connection
    ? { installed: true, status: connection.status, statusReasonCode: connection.statusReasonCode, statusReason: connection.statusReason }
    : { installed: false, status: null, statusReasonCode: null, statusReason: null };
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

export async function saveWarnings(tx: Tx, connection: HealthieConnection, warnings: StoredApiWarning[]): Promise<void> {
  if (JSON.stringify(connection.warnings) === JSON.stringify(warnings)) return;
  await tx.update(healthieConnections).set({ warnings }).where(eq(healthieConnections.id, connection.id));
}
