import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { calendarEvents, calendars } from '../../db/schema.ts';
import type { SyncedEventFields } from '../calendar-sync/appointment-event.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { HEALTHIE_CHANGED_FIRST, recordConflict } from './push-conflict.ts';
import { supersedeOpenRows, type OpenPushes } from './push-outbox.ts';
import { pushSettingsOf } from './push-settings.ts';

interface GuardedEvent {
  id: string;
  externalUpdatedAt: Date | null;
  pushedVersion: Date | null;
}

/**
 * Bookings made here that Healthie holds before we heard back (a sync or a webhook got there first):
 * the appointment names our event in its metadata, and our event takes its id instead of the
 * appointment arriving as a second event. Answers the events it adopted, by Healthie id.
 */
export async function adoptPushedCreates(tx: Tx, calendarId: string, incoming: SyncedEventFields[], isKnown: (externalId: string) => boolean): Promise<string[]> {
  const adopted: string[] = [];
  for (const event of incoming) {
    if (!event.workspaceEventId || isKnown(event.externalId)) continue;
    const rows = await tx
      .update(calendarEvents)
      .set({ externalId: event.externalId })
      .where(
        and(
          eq(calendarEvents.id, event.workspaceEventId),
          eq(calendarEvents.calendarId, calendarId),
          eq(calendarEvents.externalSource, HEALTHIE_SOURCE),
          isNull(calendarEvents.externalId),
        ),
      )
      .returning({ id: calendarEvents.id });
    if (rows.length > 0) adopted.push(event.externalId);
  }
  return adopted;
}

/**
 * Which incoming versions must not be written because a change made here is still on its way to
 * Healthie. Our own version coming back (the echo) and the version the change was made on are
 * held; a newer one is a change made in Healthie meanwhile: under the calendar's rule "Healthie
 * wins" it is written and the change here is dropped (recorded on the event and audited), under
 * "the workspace wins" it is held and the change here is sent over it. `open` is the calendar's
 * open pushes, read with the stored events.
 */
export async function heldForPushes(
  tx: Tx,
  target: { workspaceId: string; calendarId: string },
  incoming: SyncedEventFields[],
  stored: (externalId: string) => GuardedEvent | undefined,
  open: OpenPushes,
): Promise<Set<string>> {
  const held = new Set<string>();
  if (open.size === 0) return held;
  let rule: 'healthie' | 'workspace' | undefined;
  for (const event of incoming) {
    const existing = stored(event.externalId);
    const rows = existing && open.get(existing.id);
    if (!existing || !rows) continue;
    const version = event.externalUpdatedAt?.getTime();
    const base = rows[0]!.baseVersion?.getTime() ?? existing.pushedVersion?.getTime();
    const ours = version !== undefined && (version === existing.pushedVersion?.getTime() || (base !== undefined && version <= base));
    if (ours || rows.some((r) => r.state === 'sending')) {
      held.add(event.externalId);
      continue;
    }
    rule ??= await conflictRule(tx, target.calendarId);
    if (rule === 'workspace') {
      held.add(event.externalId);
      continue;
    }
    await supersedeOpenRows(tx, existing.id);
    await recordConflict(tx, { workspaceId: target.workspaceId, eventId: existing.id }, { winner: 'healthie', lost: HEALTHIE_CHANGED_FIRST });
  }
  return held;
}

async function conflictRule(tx: Tx, calendarId: string): Promise<'healthie' | 'workspace'> {
  const [calendar] = await tx.select().from(calendars).where(eq(calendars.id, calendarId));
  return calendar ? pushSettingsOf(calendar).conflicts : 'healthie';
}
