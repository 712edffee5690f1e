import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { calendarEvents, type SyncCounts } from '../../db/schema.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { sameEvent, type SyncedEventFields } from './appointment-event.ts';

export type ApplyCounts = Pick<SyncCounts, 'created' | 'updated' | 'cancelled' | 'unchanged'>;

export const emptyApplyCounts = (): ApplyCounts => ({ created: 0, updated: 0, cancelled: 0, unchanged: 0 });

type StoredEvent = Pick<
  typeof calendarEvents.$inferSelect,
  'id' | 'title' | 'startsAt' | 'endsAt' | 'durationMinutes' | 'status' | 'eventTypeId' | 'memberId' | 'externalScope' | 'externalPatientId'
>;

/** What the calendar already holds from Healthie, by Healthie id. */
export type StoredEvents = Map<string, StoredEvent>;

const storedColumns = {
  id: calendarEvents.id,
  externalId: calendarEvents.externalId,
  title: calendarEvents.title,
  startsAt: calendarEvents.startsAt,
  endsAt: calendarEvents.endsAt,
  durationMinutes: calendarEvents.durationMinutes,
  status: calendarEvents.status,
  eventTypeId: calendarEvents.eventTypeId,
  memberId: calendarEvents.memberId,
  externalScope: calendarEvents.externalScope,
  externalPatientId: calendarEvents.externalPatientId,
};

const fromHealthie = (calendarId: string) =>
  and(eq(calendarEvents.calendarId, calendarId), eq(calendarEvents.externalSource, HEALTHIE_SOURCE));

/**
 * Every Healthie event of a calendar in one read, for a sync that will touch most of them: one
 * query instead of one per page (and no dependence on the planner's view of a table that a first
 * sync is still filling).
 */
export async function loadStoredEvents(db: Db, calendarId: string): Promise<StoredEvents> {
  const rows = await db.select(storedColumns).from(calendarEvents).where(fromHealthie(calendarId));
  return new Map(rows.map(({ externalId, ...event }) => [externalId!, event]));
}

/**
 * The one place synced appointments become calendar events, for every kind of sync (and, later,
 * webhooks): upsert by Healthie id, write nothing for an event that already says the same. An
 * event turning cancelled counts as cancelled, any other change as updated. The writes of one call
 * share a transaction; a call with nothing to change opens none. `stored` (from loadStoredEvents)
 * saves the lookup and is kept up to date; without it the events are looked up.
 */
export async function applyEvents(
  db: Db,
  target: { workspaceId: string; calendarId: string },
  incoming: SyncedEventFields[],
  stored?: StoredEvents,
): Promise<ApplyCounts> {
  const counts = emptyApplyCounts();
  const byId = new Map(incoming.map((e) => [e.externalId, e]));
  if (byId.size === 0) return counts;
  const known =
    stored ??
    new Map(
      (await db.select(storedColumns).from(calendarEvents).where(and(fromHealthie(target.calendarId), inArray(calendarEvents.externalId, [...byId.keys()])))).map(
        ({ externalId, ...event }) => [externalId!, event],
      ),
    );
  const inserts: SyncedEventFields[] = [];
  const updates: Array<{ id: string; event: SyncedEventFields }> = [];
  for (const event of byId.values()) {
    const existing = known.get(event.externalId);
    if (!existing) {
      inserts.push(event);
      counts.created += 1;
    } else if (sameEvent(existing, event)) {
      counts.unchanged += 1;
    } else {
      updates.push({ id: existing.id, event });
      if (event.status === 'cancelled' && existing.status !== 'cancelled') counts.cancelled += 1;
      else counts.updated += 1;
    }
  }
  if (inserts.length === 0 && updates.length === 0) return counts;
  const written = await db.transaction(async (tx) => {
    const rows = inserts.length > 0 ? await insertEvents(tx, target, inserts) : [];
    const now = new Date();
    for (const { id, event } of updates) {
      const { externalId: _id, ...changes } = event;
      await tx.update(calendarEvents).set({ ...changes, updatedAt: now }).where(eq(calendarEvents.id, id));
    }
    return [...rows.map((r) => ({ id: r.id, externalId: r.externalId! })), ...updates.map((u) => ({ id: u.id, externalId: u.event.externalId }))];
  });
  // Only what committed goes into the caller's picture of the calendar.
  for (const { id, externalId } of written) {
    const { externalId: _id, ...event } = byId.get(externalId)!;
    known.set(externalId, { ...event, id });
  }
  return counts;
}

/**
 * One INSERT for a page of events, its rows passed as one JSON parameter (jsonb_to_recordset): a
 * page costs the same handful of parameters whatever its size, on PostgreSQL and PGlite alike.
 */
async function insertEvents(
  tx: Tx,
  target: { workspaceId: string; calendarId: string },
  events: SyncedEventFields[],
): Promise<Array<{ id: string; externalId: string }>> {
  const rows = JSON.stringify(
    events.map((e) => ({
      external_id: e.externalId,
      title: e.title,
      starts_at: e.startsAt.toISOString(),
      ends_at: e.endsAt.toISOString(),
      duration_minutes: e.durationMinutes,
      status: e.status,
      event_type_id: e.eventTypeId,
      member_id: e.memberId,
      external_scope: e.externalScope,
      external_patient_id: e.externalPatientId,
    })),
  );
  const result = await tx.execute(sql`
    insert into calendar_events
      (workspace_id, calendar_id, external_source, external_id, title, starts_at, ends_at, duration_minutes, status, event_type_id, member_id,
       external_scope, external_patient_id)
    select ${target.workspaceId}::uuid, ${target.calendarId}::uuid, ${HEALTHIE_SOURCE}::text,
           x.external_id, x.title, x.starts_at, x.ends_at, x.duration_minutes, x.status, x.event_type_id, x.member_id,
           x.external_scope, x.external_patient_id
      from jsonb_to_recordset(${rows}::jsonb) as x(external_id text, title text, starts_at timestamptz, ends_at timestamptz,
                                                  duration_minutes int, status text, event_type_id uuid, member_id uuid,
                                                  external_scope text, external_patient_id text)
    returning id, external_id`);
  // Both drivers answer raw SQL with { rows }.
  return (result as unknown as { rows: Array<{ id: string; external_id: string }> }).rows.map((r) => ({ id: r.id, externalId: r.external_id }));
}

/** Marks events cancelled whose appointments Healthie no longer has; returns how many changed. */
export async function cancelEvents(tx: Tx, calendarId: string, externalIds: string[]): Promise<number> {
  if (externalIds.length === 0) return 0;
  const changed = await tx
    .update(calendarEvents)
    .set({ status: 'cancelled', updatedAt: new Date() })
    .where(and(fromHealthie(calendarId), inArray(calendarEvents.externalId, externalIds)))
    .returning({ id: calendarEvents.id, status: calendarEvents.status });
  return changed.length;
}
