import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendarSyncStates } from '../../db/schema.ts';

export type SyncState = typeof calendarSyncStates.$inferSelect;

export async function getSyncState(tx: Tx, calendarId: string): Promise<SyncState | undefined> {
  const [state] = await tx.select().from(calendarSyncStates).where(eq(calendarSyncStates.calendarId, calendarId));
  return state;
}

export async function saveSyncState(
  tx: Tx,
  key: { workspaceId: string; calendarId: string },
  changes: Partial<Omit<SyncState, 'calendarId' | 'workspaceId'>>,
): Promise<void> {
  await tx
    .insert(calendarSyncStates)
    .values({ ...key, ...changes })
    .onConflictDoUpdate({ target: calendarSyncStates.calendarId, set: changes });
}
