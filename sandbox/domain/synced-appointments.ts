// Events pulled in from a provider's Google or Outlook calendar (ExternalCalendar.external_type). Healthie
// lists them among the provider's appointments, marked by external_id_type, unless the query asks
// filter_synced_appointments. The calendar sync makes them, not createAppointment or completeCheckout,
// the only mutations the event reference gives for appointment.created, so no webhook fires.
import { newAppointment } from '../store/new-appointment.ts';
import type { AppointmentRecord } from '../store/records.ts';
import { startOf, type AppointmentInput } from './appointments.ts';
import { cantBeBlank, failed, isInvalid, succeeded, type ChangeContext, type FieldError, type Outcome } from './outcome.ts';

export const externalCalendarTypes = ['Google', 'Outlook'];

export interface SyncedAppointmentInput extends Pick<AppointmentInput, 'other_party_id' | 'datetime' | 'date' | 'timezone'> {
  external_id_type?: string | null;
  /** Minutes; pulled-in events have no appointment type to take it from. */
  length?: number | null;
}

const defaultLengthMinutes = 60;

export function pullInSyncedAppointment(context: ChangeContext, input: SyncedAppointmentInput): Outcome<AppointmentRecord> {
  const { store, actor, now } = context;
  const messages: FieldError[] = [];
  const startsAt = startOf(context, input, messages);
  if (startsAt === undefined && messages.length === 0) messages.push(cantBeBlank('datetime'));
  if (!externalCalendarTypes.includes(input.external_id_type ?? '')) messages.push(isInvalid('external_id_type'));
  const providerId = input.other_party_id ?? actor.id;
  if (!store.users.get(providerId)?.membership) messages.push(isInvalid('other_party_id'));
  const length = input.length ?? defaultLengthMinutes;
  if (!Number.isInteger(length) || length <= 0) messages.push(isInvalid('length'));
  if (messages.length > 0 || startsAt === undefined) return failed(messages);

  const appointment = newAppointment({
    id: store.nextId('appointment'),
    organizationId: actor.organizationId,
    providerId,
    startsAt,
    lengthMinutes: length,
    externalIdType: input.external_id_type ?? null,
    createdAt: now(),
  });
  store.addAppointment(appointment);
  return succeeded(appointment);
}
