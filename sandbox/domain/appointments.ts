// Appointments: createAppointment, updateAppointment, deleteAppointment and the control API's equivalents.
import { parseDatetime } from '../datetime.ts';
import { newAppointment } from '../store/new-appointment.ts';
import { clientIdsOf, type AppointmentRecord, type AppointmentTypeRecord } from '../store/records.ts';
import { contactTypes, isOpenTo, offersContactType } from './appointment-types.ts';
import { availabilityProblems } from './availability-check.ts';
import { changedColumns, type ChangeEvent } from './changes.ts';
import {
  cantBeBlank,
  failed,
  isBlank,
  isInvalid,
  notFound,
  succeeded,
  type ChangeContext,
  type FieldError,
  type Outcome,
} from './outcome.ts';
import { pmStatuses } from './pm-statuses.ts';
import { followUps, readRecurrence, restOfSeries, type RecurrenceInput } from './recurring-appointments.ts';
import { userTimeZone } from './time-zone.ts';

export interface AppointmentInput {
  user_id?: string | null;
  attendee_ids?: (string | null)[] | null;
  other_party_id?: string | null;
  appointment_type_id?: string | null;
  contact_type?: string | null;
  datetime?: string | null;
  date?: string | null;
  timezone?: string | null;
  pm_status?: string | null;
  confirmed?: boolean | null;
  client_confirmed?: boolean | null;
  location?: string | null;
  appointment_location_id?: string | null;
  notes?: string | null;
  external_videochat_url?: string | null;
  suppress_webhook_notifications?: boolean | null;
  /** Refuse a time outside the provider's availability or over another appointment; not for recurring appointments. */
  enforce_availability?: boolean | null;
  /** Any JSON value; null on update clears it. */
  metadata?: unknown;
  recurring_appointment?: RecurrenceInput | null;
  /** deleteAppointment: also delete the later appointments of the series. */
  deleteRecurring?: boolean | null;
}

const appointmentColumns: Partial<Record<keyof AppointmentRecord, string>> = {
  startsAt: 'date',
  lengthMinutes: 'length',
  providerId: 'provider_id',
  patientId: 'user_id',
  appointmentTypeId: 'appointment_type_id',
  contactType: 'contact_type',
  pmStatus: 'pm_status',
  pmStatusChangedAt: 'pm_status_changed_at',
  confirmed: 'confirmed',
  clientConfirmed: 'client_confirmed',
  location: 'location',
  appointmentLocationId: 'appointment_location_id',
  notes: 'notes',
  externalVideochatUrl: 'external_videochat_url',
  metadata: 'metadata',
  lastUpdatedById: 'last_updated_by_id',
};

interface Resolved {
  startsAt?: number;
  appointmentType?: AppointmentTypeRecord;
  providerId?: string;
  /** The clients the input names: user_id first, then attendee_ids. */
  clientIds?: string[];
}

export function createAppointment(context: ChangeContext, input: AppointmentInput): Outcome<AppointmentRecord> {
  const { store, actor, now } = context;
  const messages: FieldError[] = [];
  if (isBlank(input.appointment_type_id)) messages.push(cantBeBlank('appointment_type_id'));
  if (isBlank(input.contact_type)) messages.push(cantBeBlank('contact_type'));
  if (isBlank(input.datetime) && isBlank(input.date)) messages.push(cantBeBlank('datetime'));
  const resolved = resolveReferences(context, { other_party_id: actor.id, ...dropNulls(input) }, messages);
  const type = resolved.appointmentType;
  const clientIds = resolved.clientIds ?? [];
  if (type && !type.isGroup && clientIds.length === 0) messages.push(cantBeBlank('user_id'));
  checkContactTypeOffered(type, input.contact_type, messages);
  const recurrence = input.recurring_appointment ? readRecurrence(input.recurring_appointment, messages) : null;
  if (messages.length > 0 || resolved.startsAt === undefined || !type || !resolved.providerId) return failed(messages);
  const wanted = { providerId: resolved.providerId, startsAt: resolved.startsAt, lengthMinutes: type.length };
  const unavailable = input.enforce_availability && !input.recurring_appointment ? availabilityProblems(store, wanted, null) : [];
  if (unavailable.length > 0) return failed(unavailable);

  const timestamp = now();
  const appointment = newAppointment({
    id: store.nextId('appointment'),
    organizationId: actor.organizationId,
    providerId: resolved.providerId,
    ...seatClients(type, clientIds),
    appointmentTypeId: type.id,
    contactType: input.contact_type ?? '',
    startsAt: resolved.startsAt,
    lengthMinutes: type.length,
    location: input.location ?? null,
    appointmentLocationId: input.appointment_location_id ?? null,
    notes: input.notes ?? null,
    externalVideochatUrl: input.external_videochat_url ?? null,
    metadata: input.metadata ?? null,
    createdAt: timestamp,
    lastUpdatedById: actor.id,
  });
  const series = [appointment, ...(recurrence ? followUps(store, appointment, recurrence, timeZoneOf(context, input)) : [])];
  for (const booked of series) {
    store.addAppointment(booked);
    announce(context, input, booked, 'appointment.created', []);
  }
  return succeeded(appointment);
}

export function updateAppointment(context: ChangeContext, id: string | null | undefined, input: AppointmentInput): Outcome<AppointmentRecord> {
  const appointment = liveAppointment(context, id);
  const messages: FieldError[] = [];
  if (input.pm_status != null && !pmStatuses.includes(input.pm_status)) {
    messages.push({ field: 'pm_status', message: 'is not included in the list' });
  }
  const merged: AppointmentInput = {
    other_party_id: appointment.providerId,
    appointment_type_id: appointment.appointmentTypeId,
    contact_type: appointment.contactType,
    appointment_location_id: appointment.appointmentLocationId,
    ...dropNulls(input),
  };
  const resolved = resolveReferences(context, merged, messages);
  if (input.contact_type != null || input.appointment_type_id != null) checkContactTypeOffered(resolved.appointmentType, merged.contact_type, messages);
  if (messages.length > 0) return failed(messages);
  // Only an update that moves the appointment is checked: one that leaves it where it is never fails for its time.
  const moves = input.datetime != null || input.date != null || input.other_party_id != null || input.appointment_type_id != null;
  if (input.enforce_availability && moves && appointment.recurrence === null) {
    const wanted = {
      providerId: resolved.providerId ?? appointment.providerId,
      startsAt: resolved.startsAt ?? appointment.startsAt,
      lengthMinutes: input.appointment_type_id && resolved.appointmentType ? resolved.appointmentType.length : appointment.lengthMinutes,
    };
    const unavailable = availabilityProblems(context.store, wanted, appointment.id);
    if (unavailable.length > 0) return failed(unavailable);
  }

  const before = { ...appointment };
  const timestamp = context.now();
  context.store.changeAppointment(appointment, (record) => {
    if (resolved.startsAt !== undefined) record.startsAt = resolved.startsAt;
    if (resolved.providerId) record.providerId = resolved.providerId;
    if (input.appointment_type_id && resolved.appointmentType) {
      record.appointmentTypeId = resolved.appointmentType.id;
      record.lengthMinutes = resolved.appointmentType.length;
    }
    if (resolved.clientIds || resolved.appointmentType) {
      Object.assign(record, seatClients(resolved.appointmentType, resolved.clientIds ?? clientIdsOf(record)));
    }
    if (input.contact_type != null) record.contactType = input.contact_type;
    if (input.pm_status != null && input.pm_status !== record.pmStatus) {
      record.pmStatus = input.pm_status;
      record.pmStatusChangedAt = timestamp;
    }
    if (input.confirmed != null) record.confirmed = input.confirmed;
    if (input.client_confirmed != null) record.clientConfirmed = input.client_confirmed;
    if (input.location !== undefined) record.location = input.location;
    if (input.appointment_location_id !== undefined) record.appointmentLocationId = input.appointment_location_id;
    if (input.notes !== undefined) record.notes = input.notes;
    if (input.external_videochat_url !== undefined) record.externalVideochatUrl = input.external_videochat_url;
    if (input.metadata !== undefined) record.metadata = input.metadata;
    record.lastUpdatedById = context.actor.id;
    record.updatedAt = timestamp;
  });
  const changedFields = changedColumns(before, appointment, appointmentColumns);
  if (before.pmStatus !== appointment.pmStatus) changedFields.push('pm_status_last_changed_by_id');
  announce(context, input, appointment, 'appointment.updated', changedFields);
  return succeeded(appointment);
}

/**
 * A provider's delete is a soft delete: the appointment leaves every list and stays readable with
 * include_deleted. deleteRecurring takes the later appointments of its series along.
 */
export function deleteAppointment(context: ChangeContext, id: string | null | undefined, input: AppointmentInput = {}): AppointmentRecord {
  const appointment = liveAppointment(context, id);
  const timestamp = context.now();
  for (const deleted of input.deleteRecurring ? restOfSeries(context.store, appointment) : [appointment]) {
    context.store.changeAppointment(deleted, (record) => {
      record.deletedAt = timestamp;
      record.updatedAt = timestamp;
      record.lastUpdatedById = context.actor.id;
    });
    announce(context, input, deleted, 'appointment.deleted', []);
  }
  return appointment;
}

function liveAppointment(context: ChangeContext, id: string | null | undefined): AppointmentRecord {
  const appointment = id ? context.store.appointments.get(id) : undefined;
  if (!appointment || appointment.deletedAt !== null) throw notFound('Appointment', id);
  return appointment;
}

// suppress_webhook_notifications "does not work with recurring appointments" (the schema's input
// descriptions); whether their events go out at all is the dispatcher's rule.
function announce(context: ChangeContext, input: AppointmentInput, appointment: AppointmentRecord, eventType: string, changedFields: string[]): void {
  const recurring = appointment.recurrence !== null;
  if (input.suppress_webhook_notifications && !recurring) return;
  const event: ChangeEvent = { eventType, resourceId: appointment.id, resourceIdType: 'Appointment', changedFields, recurring };
  if (eventType !== 'appointment.deleted') event.extra = { resource_organization_id: appointment.organizationId };
  context.emit(event);
}

function resolveReferences(context: ChangeContext, input: AppointmentInput, messages: FieldError[]): Resolved {
  const { store } = context;
  const resolved: Resolved = {};
  const startsAt = startOf(context, input, messages);
  if (startsAt !== undefined) resolved.startsAt = startsAt;
  if (input.other_party_id) {
    if (store.users.get(input.other_party_id)?.membership) resolved.providerId = input.other_party_id;
    else messages.push(isInvalid('other_party_id'));
  }
  const attendees = (input.attendee_ids ?? []).filter((id): id is string => Boolean(id));
  const patientIds = input.user_id ? [input.user_id, ...attendees.filter((id) => id !== input.user_id)] : attendees;
  if (patientIds.some((id) => !isPatient(context, id))) messages.push(isInvalid(input.user_id ? 'user_id' : 'attendee_ids'));
  else if (patientIds.length > 0) resolved.clientIds = patientIds;
  if (input.appointment_type_id) {
    const type = store.appointmentTypes.get(input.appointment_type_id);
    if (!type || type.deletedAt !== null) messages.push(isInvalid('appointment_type_id'));
    else {
      resolved.appointmentType = type;
      if (!type.isGroup && attendees.length > 1) {
        messages.push({ field: 'attendee_ids', message: 'Only one attendee is allowed for individual appointments' });
      }
      const providerId = resolved.providerId;
      if (providerId && !isOpenTo(type, providerId)) {
        messages.push({ field: 'appointment_type_id', message: 'is not available for this provider' });
      }
    }
  }
  if (input.contact_type && !contactTypes.includes(input.contact_type)) messages.push(isInvalid('contact_type'));
  if (input.contact_type === 'In Person' && isBlank(input.appointment_location_id)) {
    messages.push(cantBeBlank('appointment_location_id'));
  }
  return resolved;
}

// Only a contact type of the global list gets this message: another one is already invalid.
function checkContactTypeOffered(type: AppointmentTypeRecord | undefined, contactType: string | null | undefined, messages: FieldError[]): void {
  if (type && contactType && contactTypes.includes(contactType) && !offersContactType(type, contactType)) {
    messages.push({ field: 'contact_type', message: 'is not available for this appointment type' });
  }
}

/** The start an input names (datetime, else date), read in its timezone or else the actor's; undefined when it names none or an invalid one. */
export function startOf(context: ChangeContext, input: Pick<AppointmentInput, 'datetime' | 'date' | 'timezone'>, messages: FieldError[]): number | undefined {
  const when = input.datetime ?? input.date;
  if (isBlank(when)) return undefined;
  const startsAt = parseDatetime(when ?? '', timeZoneOf(context, input));
  if (startsAt === null) messages.push(isInvalid('datetime'));
  return startsAt ?? undefined;
}

/** A 1:1 appointment has its client as user; a group appointment has no user, only attendees. */
function seatClients(type: AppointmentTypeRecord | undefined, clientIds: string[]): Pick<AppointmentRecord, 'patientId' | 'attendeeIds'> {
  return type?.isGroup ? { patientId: null, attendeeIds: clientIds } : { patientId: clientIds[0] ?? null, attendeeIds: [] };
}

const timeZoneOf = (context: ChangeContext, input: Pick<AppointmentInput, 'timezone'>) => input.timezone ?? userTimeZone(context.actor, context.store);

function isPatient(context: ChangeContext, id: string): boolean {
  const user = context.store.users.get(id);
  return Boolean(user && !user.membership);
}

function dropNulls(input: AppointmentInput): AppointmentInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}
