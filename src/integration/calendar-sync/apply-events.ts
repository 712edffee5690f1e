import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendarEvents, type SyncCounts } from '../../db/schema.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { sameEvent, type SyncedEventFields } from './appointment-event.ts';

export type ApplyCounts = Pick<SyncCounts, 'created' | 'updated' | 'cancelled' | 'unchanged'>;

export const emptyApplyCounts = (): ApplyCounts => ({ created: 0, updated: 0, cancelled: 0, unchanged: 0 });

/**
 * The one place synced appointments become calendar events, for every kind of sync (and, later,
 * webhooks): upsert by Healthie id, write nothing for an event that already says the same. An
 * event turning cancelled counts as cancelled, any other change as updated.
 */
export async function applyEvents(
  tx: Tx,
  target: { workspaceId: string; calendarId: string },
  incoming: SyncedEventFields[],
): Promise<ApplyCounts> {
  const counts = emptyApplyCounts();
  const byId = new Map(incoming.map((e) => [e.externalId, e]));
  if (byId.size === 0) return counts;
  const stored = await tx
    .select()
    .from(calendarEvents)
    .where(
      and(
        eq(calendarEvents.calendarId, target.calendarId),
        eq(calendarEvents.externalSource, HEALTHIE_SOURCE),
        inArray(calendarEvents.externalId, [...byId.keys()]),
      ),
    );
  const storedById = new Map(stored.map((s) => [s.externalId!, s]));
  const inserts: Array<typeof calendarEvents.$inferInsert> = [];
  const now = new Date();
  for (const event of byId.values()) {
    const existing = storedById.get(event.externalId);
    if (!existing) {
      inserts.push({ ...event, workspaceId: target.workspaceId, calendarId: target.calendarId, externalSource: HEALTHIE_SOURCE });
      counts.created += 1;
      continue;
    }
    if (sameEvent(existing, event)) {
      counts.unchanged += 1;
      continue;
    }
    const { externalId: _id, ...changes } = event;
    await tx.update(calendarEvents).set({ ...changes, updatedAt: now }).where(eq(calendarEvents.id, existing.id));
    if (event.status === 'cancelled' && existing.status !== 'cancelled') counts.cancelled += 1;
    else counts.updated += 1;
  }
  if (inserts.length > 0) await tx.insert(calendarEvents).values(inserts);
  return counts;
}

/** Marks events cancelled whose appointments Healthie no longer has; returns how many changed. */
export async function cancelEvents(tx: Tx, calendarId: string, externalIds: string[]): Promise<number> {
  if (externalIds.length === 0) return 0;
  const changed = await tx
    .update(calendarEvents)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(
      and(
        eq(calendarEvents.calendarId, calendarId),
        eq(calendarEvents.externalSource, HEALTHIE_SOURCE),
        inArray(calendarEvents.externalId, externalIds),
      ),
    )
    .returning({ id: calendarEvents.id, status: calendarEvents.status });
  return changed.length;
}
