import { and, eq, gte, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { isDataException } from '../../db/sql-state.ts';
import { textList } from '../../db/text-list.ts';
import { calendarEvents, type SyncCounts } from '../../db/schema.ts';
import { HEALTHIE_SOURCE } from '../healthie-source.ts';
import { linkedMemberOf } from '../member-links/patient-link-store.ts';
import { adoptPushedCreates, heldForPushes } from '../push/push-guard.ts';
import { OPEN_STATES, type OpenPushes, type OutboxRow } from '../push/push-outbox.ts';
import { olderThanStored, sameEvent, type SyncedEventFields } from './appointment-event.ts';

export type ApplyCounts = Required<Pick<SyncCounts, 'created' | 'updated' | 'cancelled' | 'unchanged' | 'skipped'>>;

export interface ApplyOptions {
  /** No stored event is looked up for an id this says no to (a first sync's, of an empty calendar). */
  mayBeStored?: (externalId: string) => boolean;
  /**
   * 'savepoint' (the default): a value the database refuses is skipped and the caller's transaction
   * goes on. 'direct': the batch is written without a savepoint, two statements fewer; a refused
   * value aborts the caller's transaction, which applies the batch again with 'savepoint'.
   */
  writes?: 'savepoint' | 'direct';
}

/**
 * Whether `applyEvents` writes this batch with its one upsert and nothing before it: none of its
 * events may be stored already (nothing to look up or hold back for a push) and none was booked
 * here (nothing to adopt). Such a batch needs no transaction around it.
 */
export const writtenInOneStatement = (incoming: readonly SyncedEventFields[], mayBeStored: (externalId: string) => boolean): boolean =>
  incoming.every((event) => !mayBeStored(event.externalId) && event.workspaceEventId === null);

export const emptyApplyCounts = (): ApplyCounts => ({ created: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 0 });

type StoredEvent = Pick<
  typeof calendarEvents.$inferSelect,
  | 'id'
  | 'title'
  | 'startsAt'
  | 'endsAt'
  | 'durationMinutes'
  | 'status'
  | 'eventTypeId'
  | 'memberId'
  | 'externalScope'
  | 'externalPatientId'
  | 'attendeeCount'
  | 'externalUpdatedAt'
  | 'contactType'
  | 'pushedVersion'
>;

/** A stored event as the database sends it: its Healthie id, then StoredEvent's fields in order, times as ISO text. */
type StoredTuple = [
  string,
  string,
  string,
  string,
  string,
  number,
  StoredEvent['status'],
  string | null,
  string | null,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
  string | null,
];

const dateOf = (iso: string | null) => (iso === null ? null : new Date(iso));

interface StoredOfBatch {
  events: Array<readonly [string, StoredEvent]>;
  openPushes: OpenPushes;
}

/**
 * The stored events of these Healthie ids, and the calendar's open pushes, in one statement. Plain
 * SQL, the rows as JSON arrays of arrays: the query builder's row mapping and PGlite's reading of
 * fifteen fields a row cost a Sync Now more than the lookup itself (each page of an unchanged
 * calendar is all lookup). `= any(array(...))` rather than `in (select ...)`: an index scan whatever
 * the statistics say, where the semi-join hashed the whole calendar while the planner still took it
 * for an empty table.
 */
async function storedEvents(db: Tx, calendarId: string, externalIds: readonly string[]): Promise<StoredOfBatch> {
  const result = await db.execute(sql`
    select (select coalesce(json_agg(json_build_array(external_id, id, title, starts_at, ends_at, duration_minutes, status, event_type_id, member_id,
                                                      external_scope, external_patient_id, attendee_count, external_updated_at, contact_type, pushed_version)), '[]')
              from calendar_events
             where calendar_id = ${calendarId}::uuid and external_source = ${HEALTHIE_SOURCE}
               and external_id = any(array${textList(externalIds)})) as events,
           (select coalesce(json_agg(json_build_array(event_id, state, base_version) order by seq), '[]')
              from healthie_push_outbox
             where calendar_id = ${calendarId}::uuid and state in (${sql.join(OPEN_STATES.map((state) => sql`${state}`), sql`, `)})) as open_pushes`);
  // Both drivers answer raw SQL with { rows } and parse a json column.
  const [row] = (result as unknown as { rows: Array<{ events: StoredTuple[]; open_pushes: Array<[string, OutboxRow['state'], string | null]> }> }).rows;
  const openPushes = new Map<string, Array<Pick<OutboxRow, 'state' | 'baseVersion'>>>();
  for (const [eventId, state, baseVersion] of row?.open_pushes ?? []) {
    openPushes.set(eventId, [...(openPushes.get(eventId) ?? []), { state, baseVersion: dateOf(baseVersion) }]);
  }
  const events = (row?.events ?? []).map(
    ([externalId, id, title, startsAt, endsAt, durationMinutes, status, eventTypeId, memberId, externalScope, externalPatientId, attendeeCount, externalUpdatedAt, contactType, pushedVersion]) =>
      [
        externalId,
        {
          id,
          title,
          startsAt: new Date(startsAt),
          endsAt: new Date(endsAt),
          durationMinutes,
          status,
          eventTypeId,
          memberId,
          externalScope,
          externalPatientId,
          attendeeCount,
          externalUpdatedAt: dateOf(externalUpdatedAt),
          contactType,
          pushedVersion: dateOf(pushedVersion),
        },
      ] as const,
  );
  return { events, openPushes };
}

// A booking made here that Healthie has not answered yet has no Healthie id: not Healthie's event yet.
const fromHealthie = (calendarId: string) =>
  and(eq(calendarEvents.calendarId, calendarId), eq(calendarEvents.externalSource, HEALTHIE_SOURCE), isNotNull(calendarEvents.externalId));

/** Whether the calendar holds any event from Healthie. */
export async function holdsHealthieEvents(db: Db, calendarId: string): Promise<boolean> {
  const [row] = await db.select({ id: calendarEvents.id }).from(calendarEvents).where(fromHealthie(calendarId)).limit(1);
  return row !== undefined;
}

/**
 * The Healthie events of a calendar's window, from one provider's schedule, not cancelled and not
 * among `seen` (Healthie ids as one JSON parameter, so the statement has a handful of parameters
 * whatever the window holds).
 */
export async function unseenEvents(db: Db, calendarId: string, window: { start: Date }, providerId: string, seen: Iterable<string>): Promise<string[]> {
  const rows = await db
    .select({ externalId: calendarEvents.externalId })
    .from(calendarEvents)
    .where(
      and(
        fromHealthie(calendarId),
        gte(calendarEvents.startsAt, window.start),
        ne(calendarEvents.status, 'cancelled'),
        sql`coalesce(${calendarEvents.externalScope}, ${providerId}) = ${providerId}`,
        sql`${calendarEvents.externalId} not in ${textList(seen)}`,
      ),
    );
  return rows.map((r) => r.externalId!);
}

/**
 * The one place synced appointments become calendar events, for every way a change arrives (the
 * sync passes, one appointment, webhooks): upsert by Healthie id, ordered by Healthie's updated_at
 * (a version older than the one stored is never written, even when a newer one landed between our
 * read and our write), nothing written for an event that already says the same. An event turning
 * cancelled counts as cancelled, any other change as updated. The writes of one call are one
 * statement; a call with nothing to change writes nothing. Should the database refuse a value of
 * the batch, each change is written alone and the ones it refuses are skipped (counted), so one bad
 * appointment never holds up the rest. The stored events are looked up by the batch's Healthie ids,
 * so the memory a call takes follows its batch, not the calendar's history.
 */
export async function applyEvents(
  db: Tx,
  target: { workspaceId: string; calendarId: string },
  incoming: SyncedEventFields[],
  options: ApplyOptions = {},
): Promise<ApplyCounts> {
  const { mayBeStored = () => true, writes = 'savepoint' } = options;
  const counts = emptyApplyCounts();
  const byId = new Map(incoming.map((e) => [e.externalId, e]));
  if (byId.size === 0) return counts;
  const toLookUp = [...byId.keys()].filter(mayBeStored);
  const stored = toLookUp.length > 0 ? await storedEvents(db, target.calendarId, toLookUp) : null;
  const known = new Map<string, StoredEvent>(stored?.events);
  const adopted = await adoptPushedCreates(db, target.calendarId, [...byId.values()], (id) => known.has(id));
  const storedAgain = adopted.length > 0 ? await storedEvents(db, target.calendarId, adopted) : null;
  for (const [id, event] of storedAgain?.events ?? []) known.set(id, event);
  const openPushes = (storedAgain ?? stored)?.openPushes ?? new Map();
  const held = await heldForPushes(db, target, [...byId.values()], (id) => known.get(id), openPushes);
  const changes: Change[] = [];
  for (const event of byId.values()) {
    const existing = known.get(event.externalId);
    if (held.has(event.externalId) || (existing && (sameEvent(existing, event) || olderThanStored(existing, event)))) counts.unchanged += 1;
    else changes.push({ event, wasCancelled: existing?.status === 'cancelled' });
  }
  if (changes.length === 0) return counts;
  const batch = changes.map((c) => c.event);
  const written = writes === 'direct' ? await upsertEvents(db, target, batch) : await upsertRefusedAlone(db, target, batch, counts);
  const byExternalId = new Map(changes.map((c) => [c.event.externalId, c]));
  for (const row of written) {
    const change = byExternalId.get(row.externalId)!;
    if (row.inserted) counts.created += 1;
    else if (change.event.status === 'cancelled' && !change.wasCancelled) counts.cancelled += 1;
    else counts.updated += 1;
  }
  // A change the database held back met a newer version stored meanwhile (another path brought it).
  counts.unchanged += changes.length - written.length - counts.skipped;
  return counts;
}

/**
 * Each write in its own savepoint: a value the database refuses undoes that write only, not the
 * caller's transaction. The batch first, then, should it be refused, each change alone; the ones
 * refused are counted as skipped.
 */
async function upsertRefusedAlone(db: Tx, target: { workspaceId: string; calendarId: string }, batch: SyncedEventFields[], counts: ApplyCounts): Promise<Written[]> {
  const upsertAlone = (events: SyncedEventFields[]) => db.transaction((savepoint) => upsertEvents(savepoint, target, events));
  try {
    return await upsertAlone(batch);
  } catch (error) {
    if (!isDataException(error)) throw error;
  }
  const written: Written[] = [];
  for (const event of batch) {
    try {
      written.push(...(await upsertAlone([event])));
    } catch (alone) {
      if (!isDataException(alone)) throw alone;
      counts.skipped += 1;
    }
  }
  return written;
}

interface Change {
  event: SyncedEventFields;
  wasCancelled: boolean;
}

interface Written {
  id: string;
  externalId: string;
  inserted: boolean;
}

/**
 * One INSERT ... ON CONFLICT for a batch, its rows passed as one JSON parameter
 * (jsonb_to_recordset), so a page costs the same handful of parameters whatever its size, on
 * PostgreSQL and PGlite alike. A row whose stored version is newer is left as it is (and not returned).
 * The member is the one linked to the appointment's patient as the statement runs, read by the
 * statement itself: a batch needs no lookup of its own before it (the fields' memberId is for comparing).
 */
export async function upsertEvents(tx: Tx, target: { workspaceId: string; calendarId: string }, events: SyncedEventFields[]): Promise<Written[]> {
  const rows = JSON.stringify(
    events.map((e) => ({
      external_id: e.externalId,
      title: e.title,
      starts_at: e.startsAt.toISOString(),
      ends_at: e.endsAt.toISOString(),
      duration_minutes: e.durationMinutes,
      status: e.status,
      event_type_id: e.eventTypeId,
      external_scope: e.externalScope,
      external_patient_id: e.externalPatientId,
      attendee_count: e.attendeeCount,
      external_updated_at: e.externalUpdatedAt?.toISOString() ?? null,
      contact_type: e.contactType,
    })),
  );
  const result = await tx.execute(sql`
    insert into calendar_events as e
      (workspace_id, calendar_id, external_source, external_id, title, starts_at, ends_at, duration_minutes, status, event_type_id, member_id,
       external_scope, external_patient_id, attendee_count, external_updated_at, contact_type, synced_at)
    select ${target.workspaceId}::uuid, ${target.calendarId}::uuid, ${HEALTHIE_SOURCE}::text,
           x.external_id, x.title, x.starts_at, x.ends_at, x.duration_minutes, x.status, x.event_type_id,
           ${linkedMemberOf(target.workspaceId, sql`x.external_patient_id`)},
           x.external_scope, x.external_patient_id, x.attendee_count, x.external_updated_at, x.contact_type, now()
      from jsonb_to_recordset(${rows}::jsonb) as x(external_id text, title text, starts_at timestamptz, ends_at timestamptz,
                                                  duration_minutes int, status text, event_type_id uuid,
                                                  external_scope text, external_patient_id text, attendee_count int,
                                                  external_updated_at timestamptz, contact_type text)
    on conflict (calendar_id, external_source, external_id) do update set
      title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at, duration_minutes = excluded.duration_minutes,
      status = excluded.status, event_type_id = excluded.event_type_id, member_id = excluded.member_id,
      external_scope = excluded.external_scope, external_patient_id = excluded.external_patient_id,
      attendee_count = excluded.attendee_count, external_updated_at = coalesce(excluded.external_updated_at, e.external_updated_at),
      contact_type = excluded.contact_type, synced_at = excluded.synced_at, updated_at = now()
      where e.external_updated_at is null or excluded.external_updated_at is null or excluded.external_updated_at >= e.external_updated_at
    returning e.id, e.external_id, (xmax = 0) as inserted`);
  // Both drivers answer raw SQL with { rows }.
  return (result as unknown as { rows: Array<{ id: string; external_id: string; inserted: boolean }> }).rows.map((r) => ({
    id: r.id,
    externalId: r.external_id,
    inserted: r.inserted,
  }));
}

/**
 * Marks events cancelled whose appointments Healthie no longer has (or lists elsewhere), as of
 * `asOf` when Healthie said when: an event holding a newer version is left alone. Returns how many changed.
 */
export async function cancelEvents(tx: Tx, calendarId: string, externalIds: string[], asOf: Date | null = null): Promise<number> {
  if (externalIds.length === 0) return 0;
  const now = new Date();
  const changed = await tx
    .update(calendarEvents)
    .set({ status: 'cancelled', updatedAt: now, syncedAt: now, ...(asOf ? { externalUpdatedAt: asOf } : {}) })
    .where(
      and(
        fromHealthie(calendarId),
        inArray(calendarEvents.externalId, externalIds),
        sql`${calendarEvents.status} <> 'cancelled'`,
        ...(asOf ? [sql`(${calendarEvents.externalUpdatedAt} is null or ${calendarEvents.externalUpdatedAt} <= ${asOf})`] : []),
      ),
    )
    .returning({ id: calendarEvents.id });
  return changed.length;
}
