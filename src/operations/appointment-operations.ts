import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { calendarEvents, eventStatuses, members } from '../db/schema.ts';
import type { HealthieAppointment } from '../healthie/client.ts';
import { readHealthieDateTime } from '../healthie/datetime.ts';
import { toEventFields } from '../integration/calendar-sync/appointment-event.ts';
import { eventReferences } from '../integration/calendar-sync/event-references.ts';
import { calendarOfProvider, healthieLinkOf } from '../integration/calendar-sync/linked-calendar.ts';
import { clientForWorkspace } from '../integration/connection/connection-client.ts';
import type { IntegrationContext } from '../integration/context.ts';
import { HEALTHIE_SOURCE } from '../integration/healthie-source.ts';
import { linkedPatientOf } from '../integration/member-links/patient-link-store.ts';
import { badRequest, conflict, notFound } from '../platform/errors.ts';
import { fullName } from '../platform/full-name.ts';
import { getListedEvent, listEvents, listMemberEvents, type ListedEvent } from '../workspace/calendar-events.ts';
import { getCalendar } from '../workspace/calendars.ts';
import { getMember } from '../workspace/members.ts';
import { hasScope } from '../workspace/scopes.ts';
import { isoDate } from '../integration/calendar-event-writes.ts';
import { healthieId } from './directory-operations.ts';
import { defineOperation, type Caller } from './operation.ts';

export const appointmentAnswer = z.object({
  eventId: z.uuid().nullable().describe('The calendar event; null for an appointment no calendar here holds.'),
  healthieAppointmentId: z.string().nullable(),
  calendarId: z.uuid().nullable(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(eventStatuses),
  contactType: z.string().nullable(),
  member: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable().describe('The member it is with; the name only with members:read.'),
});

type AppointmentAnswer = z.infer<typeof appointmentAnswer>;

const DAY_MS = 86_400_000;
const LIMIT = 100;

const memberOf = (caller: Caller, member: { id: string; name: string } | null) => member && { id: member.id, name: hasScope(caller.scopes, 'members:read') ? member.name : null };

export const fromEvent = (caller: Caller) => ({ event, member }: ListedEvent): AppointmentAnswer => ({
  eventId: event.id,
  healthieAppointmentId: event.externalSource === HEALTHIE_SOURCE ? event.externalId : null,
  calendarId: event.calendarId,
  title: event.title,
  startsAt: event.startsAt.toISOString(),
  endsAt: event.endsAt.toISOString(),
  status: event.status,
  contactType: event.contactType,
  member: memberOf(caller, member),
});

/** Appointments as Healthie has them now, with the calendar event and member each is known by here. */
async function fromHealthie(db: Db, caller: Caller, appointments: HealthieAppointment[]): Promise<AppointmentAnswer[]> {
  const refs = await eventReferences(db, caller.workspaceId, new Map(), appointments);
  const ids = appointments.map((a) => a.id);
  const events = ids.length
    ? await db
        .select({ id: calendarEvents.id, calendarId: calendarEvents.calendarId, externalId: calendarEvents.externalId })
        .from(calendarEvents)
        .where(and(eq(calendarEvents.workspaceId, caller.workspaceId), eq(calendarEvents.externalSource, HEALTHIE_SOURCE), inArray(calendarEvents.externalId, ids)))
    : [];
  const byId = new Map(events.map((e) => [e.externalId!, e]));
  const memberIds = [...new Set(appointments.flatMap((a) => (a.user ? [refs.memberId(a.user.id)] : [])).filter((id): id is string => id !== null))];
  const names = memberIds.length ? await db.select({ id: members.id, firstName: members.firstName, lastName: members.lastName }).from(members).where(inArray(members.id, memberIds)) : [];
  const nameOf = new Map(names.map((m) => [m.id, fullName(m.firstName, m.lastName)]));
  return appointments.flatMap((appointment) => {
    const fields = toEventFields(appointment, refs);
    if (!fields || appointment.deleted_at) return [];
    const event = byId.get(appointment.id);
    return [
      {
        eventId: event?.id ?? null,
        healthieAppointmentId: appointment.id,
        calendarId: event?.calendarId ?? null,
        title: fields.title,
        startsAt: fields.startsAt.toISOString(),
        endsAt: fields.endsAt.toISOString(),
        status: fields.status,
        contactType: fields.contactType,
        member: memberOf(caller, fields.memberId ? { id: fields.memberId, name: nameOf.get(fields.memberId) ?? '' } : null),
      },
    ];
  });
}

async function readHealthie(ctx: IntegrationContext, caller: Caller, whose: { providerId?: string; patientId?: string }, from: Date, to: Date) {
  const { client } = await clientForWorkspace(ctx, caller.workspaceId);
  const found: HealthieAppointment[] = [];
  for await (const page of client.appointmentPages({ ...whose, startDate: from.toISOString(), endDate: to.toISOString() })) {
    found.push(
      ...page.filter((a) => {
        // Healthie may write "2026-12-01 10:00:00 -0500", which Date does not read.
        const startsAt = readHealthieDateTime(a.date);
        return startsAt !== null && startsAt >= from && startsAt < to;
      }),
    );
    if (found.length >= LIMIT) break;
  }
  return fromHealthie(ctx.database.db, caller, found.slice(0, LIMIT));
}

export const listUpcomingAppointmentsOperation = defineOperation({
  name: 'list_upcoming_appointments',
  scope: 'calendars:read',
  input: z
    .object({
      memberId: z.uuid().optional(),
      calendarId: z.uuid().optional(),
      providerId: healthieId('providerId').optional(),
      from: isoDate.optional().describe('Default: now.'),
      to: isoDate.optional().describe('Default: 30 days after from.'),
      fresh: z.boolean().optional().describe('Read Healthie now instead of the synced calendar.'),
    })
    .strict()
    .refine((i) => [i.memberId, i.calendarId, i.providerId].filter(Boolean).length === 1, { message: 'name exactly one of memberId, calendarId, providerId' }),
  output: z.object({ appointments: z.array(appointmentAnswer), source: z.enum(['calendar', 'healthie']) }),
  run: async (ctx, caller, input) => {
    const { db } = ctx.database;
    const from = input.from ? new Date(input.from) : new Date();
    const to = input.to ? new Date(input.to) : new Date(from.getTime() + 30 * DAY_MS);
    if (to <= from) throw badRequest('to must be after from');
    const window = { workspaceId: caller.workspaceId, from, to, limit: LIMIT };
    if (input.memberId) {
      const member = await getMember(db, caller.workspaceId, input.memberId);
      if (!input.fresh) return { source: 'calendar' as const, appointments: (await listMemberEvents(db, { ...window, memberId: member.id })).map(fromEvent(caller)) };
      const patientId = await linkedPatientOf(db, caller.workspaceId, member.id);
      if (!patientId) throw conflict('This member is not linked to a Healthie patient', 'member_not_linked');
      return { source: 'healthie' as const, appointments: await readHealthie(ctx, caller, { patientId }, from, to) };
    }
    const calendar = input.calendarId ? await getCalendar(db, caller.workspaceId, input.calendarId) : await calendarOfProvider(db, caller.workspaceId, input.providerId!);
    const providerId = input.providerId ?? (calendar ? healthieLinkOf(calendar)?.providerId : undefined);
    if (input.fresh) {
      if (!providerId) throw conflict('This calendar is not linked to a Healthie provider', 'calendar_not_linked');
      return { source: 'healthie' as const, appointments: await readHealthie(ctx, caller, { providerId }, from, to) };
    }
    if (!calendar) throw conflict('No calendar here follows this provider: ask with fresh: true to read Healthie', 'provider_not_linked');
    return { source: 'calendar' as const, appointments: (await listEvents(db, { ...window, calendarId: calendar.id })).map(fromEvent(caller)) };
  },
});

export const getAppointmentOperation = defineOperation({
  name: 'get_appointment',
  scope: 'calendars:read',
  input: z
    .object({ eventId: z.uuid().optional(), healthieAppointmentId: healthieId('healthieAppointmentId').optional() })
    .strict()
    .refine((i) => Boolean(i.eventId) !== Boolean(i.healthieAppointmentId), { message: 'name one of eventId, healthieAppointmentId' }),
  output: z.object({ appointment: appointmentAnswer }),
  run: async (ctx, caller, input) => {
    const { db } = ctx.database;
    if (input.eventId) return { appointment: fromEvent(caller)(await getListedEvent(db, caller.workspaceId, input.eventId)) };
    const [synced] = await db
      .select({ id: calendarEvents.id })
      .from(calendarEvents)
      .where(and(eq(calendarEvents.workspaceId, caller.workspaceId), eq(calendarEvents.externalSource, HEALTHIE_SOURCE), eq(calendarEvents.externalId, input.healthieAppointmentId!)));
    if (synced) return { appointment: fromEvent(caller)(await getListedEvent(db, caller.workspaceId, synced.id)) };
    const { client } = await clientForWorkspace(ctx, caller.workspaceId);
    const appointment = await client.appointment(input.healthieAppointmentId!);
    const [answer] = appointment ? await fromHealthie(db, caller, [appointment]) : [];
    if (!answer) throw notFound('Appointment');
    return { appointment: answer };
  },
});

const SLOT_LIMIT = 200;

export const findAvailableSlotsOperation = defineOperation({
  name: 'find_available_slots',
  scope: 'calendars:read',
  feature: 'ehr_healthie',
  input: z
    .object({
      providerId: healthieId('providerId'),
      appointmentTypeId: healthieId('appointmentTypeId').describe('A Healthie appointment type id (list_appointment_types).'),
      from: isoDate,
      to: isoDate,
    })
    .strict(),
  output: z.object({
    slots: z.array(z.object({ startsAt: z.string(), minutes: z.number().int().nullable() })),
    timeZone: z.string().describe("The zone the slots were computed in: the provider's calendar here, else UTC."),
    more: z.boolean(),
  }),
  run: async (ctx, caller, input) => {
    const from = new Date(input.from);
    const to = new Date(input.to);
    if (to <= from) throw badRequest('to must be after from');
    if (to.getTime() - from.getTime() > 31 * DAY_MS) throw badRequest('ask for at most 31 days at a time');
    const calendar = await calendarOfProvider(ctx.database.db, caller.workspaceId, input.providerId);
    const timeZone = calendar?.timezone ?? 'UTC';
    const { client } = await clientForWorkspace(ctx, caller.workspaceId);
    const slots = await client.availableSlots({ providerId: input.providerId, appointmentTypeId: input.appointmentTypeId, from, to, timeZone });
    return { slots: slots.slice(0, SLOT_LIMIT).map((s) => ({ startsAt: s.startsAt.toISOString(), minutes: s.minutes })), timeZone, more: slots.length > SLOT_LIMIT };
  },
});
