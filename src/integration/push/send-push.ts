import { and, eq } from 'drizzle-orm';
import { calendarEvents, calendarEventTypes, calendars } from '../../db/schema.ts';
import { metadataOf, type ChangedAppointment } from '../../healthie/appointment-changes.ts';
import type { HealthieClient } from '../../healthie/client.ts';
import { isoInZone, readHealthieDateTime } from '../../healthie/datetime.ts';
import type { Calendar } from '../../workspace/calendars.ts';
import { BOOKING_METADATA_KEY, toEventFields } from '../calendar-sync/appointment-event.ts';
import { applyEvents } from '../calendar-sync/apply-events.ts';
import { eventReferences } from '../calendar-sync/event-references.ts';
import { healthieEventTypes } from '../calendar-sync/event-type-import.ts';
import { requireHealthieLink } from '../calendar-sync/linked-calendar.ts';
import type { IntegrationContext } from '../context.ts';
import { HEALTHIE_CHANGED_FIRST, HEALTHIE_DELETED_FIRST, recordConflict, WORKSPACE_REPLACED } from './push-conflict.ts';
import { settleRow, supersedeOpenRows, type OutboxRow } from './push-outbox.ts';
import { pushSettingsOf, type PushSettings } from './push-settings.ts';
import { recordPushed } from './record-pushed.ts';

type PushedEvent = typeof calendarEvents.$inferSelect;

interface Sending {
  ctx: IntegrationContext;
  client: HealthieClient;
  row: OutboxRow;
  event: PushedEvent;
  calendar: Calendar;
  providerId: string;
  settings: PushSettings;
}

/** A lost answer leaves the booking's time as the one place to look: this far either side of it. */
const LOOK_AROUND_MS = 60_000;

/** Sends one claimed row to Healthie and records the outcome; Healthie's failures are thrown to the caller. */
export async function sendRow(ctx: IntegrationContext, client: HealthieClient, row: OutboxRow): Promise<void> {
  const { db } = ctx.database;
  const [event] = await db.select().from(calendarEvents).where(eq(calendarEvents.id, row.eventId));
  // Only a calendar that is gone drops the change; any other failure is the attempt's, and retried.
  const [calendar] = event ? await db.select().from(calendars).where(and(eq(calendars.id, row.calendarId), eq(calendars.workspaceId, row.workspaceId))) : [];
  if (!event || !calendar || calendar.source !== 'healthie') {
    await db.transaction((tx) => settleRow(tx, row, { state: 'superseded' }));
    return;
  }
  const sending: Sending = { ctx, client, row, event, calendar, providerId: requireHealthieLink(calendar).providerId, settings: pushSettingsOf(calendar) };
  if (row.operation === 'create' && !event.externalId) return sendCreate(sending);
  if (!event.externalId) {
    // The booking this change rests on was dropped: nothing in Healthie to change.
    await db.transaction((tx) => settleRow(tx, row, { state: 'superseded' }));
    return;
  }
  return sendChange(sending, event.externalId);
}

async function sendCreate(s: Sending): Promise<void> {
  const { ctx, client, row } = s;
  // Sent before without an answer we heard: Healthie may hold it already. Adopt it rather than book twice.
  const found = row.ambiguous || row.attempts > 1 ? await findBooking(s) : null;
  const appointment = found ?? (await client.createAppointment(bookingInput(s, await healthieTypeOf(s))));
  await ctx.database.db.transaction((tx) => recordPushed(tx, row, appointment));
}

async function healthieTypeOf(s: Sending): Promise<string | null> {
  if (!s.event.eventTypeId) return null;
  const [type] = await s.ctx.database.db
    .select({ externalId: calendarEventTypes.externalId })
    .from(calendarEventTypes)
    .where(and(eq(calendarEventTypes.id, s.event.eventTypeId), eq(calendarEventTypes.calendarId, s.calendar.id)));
  return type?.externalId ?? null;
}

function bookingInput(s: Sending, appointmentTypeId: string | null) {
  const { changes } = s.row;
  return {
    userId: s.event.externalPatientId,
    providerId: s.providerId,
    appointmentTypeId,
    contactType: changes.contactType ?? s.event.contactType,
    datetime: isoInZone(new Date(changes.startsAt ?? s.event.startsAt), s.calendar.timezone),
    timezone: s.calendar.timezone,
    ...(changes.locationId ? { locationId: changes.locationId } : {}),
    ...(changes.notes ? { notes: changes.notes } : {}),
    metadata: { [BOOKING_METADATA_KEY]: s.event.id },
    enforceAvailability: s.settings.enforceAvailability,
  };
}

/**
 * The appointment an earlier attempt booked, if Healthie holds one: Healthie has no idempotency key
 * and cannot filter by metadata, so the provider's appointments around the booked time are read and
 * the one naming our event in its metadata is taken.
 */
async function findBooking(s: Sending): Promise<ChangedAppointment | null> {
  const at = new Date(s.row.changes.startsAt ?? s.event.startsAt).getTime();
  const pages = s.client.appointmentPages({
    providerId: s.providerId,
    startDate: new Date(at - LOOK_AROUND_MS).toISOString(),
    endDate: new Date(at + LOOK_AROUND_MS).toISOString(),
  });
  for await (const page of pages) {
    const ours = page.find((a) => metadataOf(a)[BOOKING_METADATA_KEY] === s.event.id && !a.deleted_at);
    if (ours) return { ...ours, notes: s.row.changes.notes ?? null };
  }
  return null;
}

/** A move, change or cancellation of an appointment Healthie has, after a look at what Healthie has now. */
async function sendChange(s: Sending, appointmentId: string): Promise<void> {
  const { ctx, client, row } = s;
  const current = await client.appointment(appointmentId);
  const live = current && !current.deleted_at ? current : null;
  const version = readHealthieDateTime(current?.deleted_at) ?? readHealthieDateTime(current?.updated_at);
  const base = row.baseVersion ?? s.event.pushedVersion;
  const changedThere = !live || (version !== null && base !== null && version > base && version.getTime() !== s.event.pushedVersion?.getTime());
  if (changedThere && (s.settings.conflicts === 'healthie' || !live)) return healthieWins(s, current);
  if (changedThere) {
    await ctx.database.db.transaction((tx) => recordConflict(tx, { workspaceId: row.workspaceId, eventId: s.event.id }, { winner: 'workspace', lost: WORKSPACE_REPLACED }));
  }

  const changes = row.changes;
  if (row.operation === 'delete') {
    await client.deleteAppointment(appointmentId);
    await ctx.database.db.transaction((tx) => recordPushed(tx, row, null));
    return;
  }
  const appointment = await client.updateAppointment({
    id: appointmentId,
    ...(row.operation === 'cancel' ? { pmStatus: 'Cancelled' } : {}),
    ...(changes.startsAt ? { datetime: isoInZone(new Date(changes.startsAt), s.calendar.timezone), timezone: s.calendar.timezone } : {}),
    ...(changes.contactType ? { contactType: changes.contactType } : {}),
    ...(changes.locationId ? { locationId: changes.locationId } : {}),
    ...(changes.notes !== undefined ? { notes: changes.notes ?? '' } : {}),
    ...(changes.startsAt || changes.contactType ? { enforceAvailability: s.settings.enforceAvailability } : {}),
  });
  await ctx.database.db.transaction((tx) => recordPushed(tx, row, appointment));
}

/** Healthie's version stands: the event takes it, and the changes made here that were not sent are dropped and recorded. */
async function healthieWins(s: Sending, current: Awaited<ReturnType<HealthieClient['appointment']>>): Promise<void> {
  const { db } = s.ctx.database;
  const live = current && !current.deleted_at ? current : null;
  const refs = live ? await eventReferences(db, s.row.workspaceId, await healthieEventTypes(db, s.calendar.id), [live]) : null;
  const fields = live && refs ? toEventFields(live, refs) : null;
  await db.transaction(async (tx) => {
    await settleRow(tx, s.row, { state: 'superseded' });
    await supersedeOpenRows(tx, s.event.id);
    if (fields) await applyEvents(tx, { workspaceId: s.row.workspaceId, calendarId: s.calendar.id }, [fields]);
    else await tx.update(calendarEvents).set({ status: 'cancelled', updatedAt: new Date() }).where(eq(calendarEvents.id, s.event.id));
    await recordConflict(tx, { workspaceId: s.row.workspaceId, eventId: s.event.id }, { winner: 'healthie', lost: live ? HEALTHIE_CHANGED_FIRST : HEALTHIE_DELETED_FIRST });
  });
}
