import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { isDataException } from '../../db/sql-state.ts';
import { calendarEvents, type SyncCounts } from '../../db/schema.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { sameEvent, type SyncedEventFields } from './appointment-event.ts';

export type ApplyCounts = Required<Pick<SyncCounts, 'created' | 'updated' | 'cancelled' | 'unchanged' | 'skipped'>>;

export const emptyApplyCounts = (): ApplyCounts => ({ created: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 0 });

type StoredEvent = Pick<
  typeof calendarEvents.$inferSelect,
  'id' | 'title' | 'startsAt' | 'endsAt' | 'durationMinutes' | 'status' | 'eventTypeId' | 'memberId' | 'externalScope' | 'externalPatientId' | 'attendeeCount'
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
  attendeeCount: calendarEvents.attendeeCount,
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
 * share a transaction; a call with nothing to change opens none. Should the database refuse a value
 * of the batch, each change is written alone and the ones it refuses are skipped (counted), so one
 * bad appointment never holds up the rest. `stored` (from loadStoredEvents) saves the lookup and is
 * kept up to date; without it the events are looked up.
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
  const changes: Change[] = [];
  for (const event of byId.values()) {
    const existing = known.get(event.externalId);
    if (!existing) changes.push({ kind: 'created', event });
    else if (sameEvent(existing, event)) counts.unchanged += 1;
    else changes.push({ kind: event.status === 'cancelled' && existing.status !== 'cancelled' ? 'cancelled' : 'updated', id: existing.id, event });
  }
  if (changes.length === 0) return counts;
  let written: Array<{ change: Change; id: string }>;
  try {
    written = await writeChanges(db, target, changes);
  } catch (error) {
    if (!isDataException(error)) throw error;
    written = [];
    for (const change of changes) {
      try {
        written.push(...(await writeChanges(db, target, [change])));
      } catch (alone) {
        if (!isDataException(alone)) throw alone;
        counts.skipped += 1;
      }
    }
  }
  // Only what committed goes into the caller's picture of the calendar.
  for (const { change, id } of written) {
    counts[change.kind] += 1;
    const { externalId, ...event } = change.event;
    known.set(externalId, { ...event, id });
  }
  return counts;
}

interface Change {
  kind: 'created' | 'updated' | 'cancelled';
  /** The stored event an update changes. */
  id?: string;
  event: SyncedEventFields;
}

async function writeChanges(db: Db, target: { workspaceId: string; calendarId: string }, changes: Change[]): Promise<Array<{ change: Change; id: string }>> {
  const inserts = changes.filter((c) => c.kind === 'created');
  const updates = changes.filter((c) => c.kind !== 'created');
  return db.transaction(async (tx) => {
    const inserted = inserts.length > 0 ? await insertEvents(tx, target, inserts.map((c) => c.event)) : [];
    const byExternalId = new Map(inserts.map((c) => [c.event.externalId, c]));
    const now = new Date();
    for (const { id, event } of updates) {
      const { externalId: _id, ...fields } = event;
      await tx.update(calendarEvents).set({ ...fields, updatedAt: now }).where(eq(calendarEvents.id, id!));
    }
    return [...inserted.map((row) => ({ change: byExternalId.get(row.externalId)!, id: row.id })), ...updates.map((change) => ({ change, id: change.id! }))];
  });
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
      attendee_count: e.attendeeCount,
    })),
  );
  const result = await tx.execute(sql`
    insert into calendar_events
      (workspace_id, calendar_id, external_source, external_id, title, starts_at, ends_at, duration_minutes, status, event_type_id, member_id,
       external_scope, external_patient_id, attendee_count)
    select ${target.workspaceId}::uuid, ${target.calendarId}::uuid, ${HEALTHIE_SOURCE}::text,
           x.external_id, x.title, x.starts_at, x.ends_at, x.duration_minutes, x.status, x.event_type_id, x.member_id,
           x.external_scope, x.external_patient_id, x.attendee_count
      from jsonb_to_recordset(${rows}::jsonb) as x(external_id text, title text, starts_at timestamptz, ends_at timestamptz,
                                                  duration_minutes int, status text, event_type_id uuid, member_id uuid,
                                                  external_scope text, external_patient_id text, attendee_count int)
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
