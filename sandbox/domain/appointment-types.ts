// Appointment types. Healthie has no webhook events for them, so changes here announce nothing.
import type { AppointmentTypeRecord } from '../store/records.ts';
import {
  cantBeBlank,
  failed,
  isBlank,
  isInvalid,
  notFound,
  notPermitted,
  succeeded,
  type ChangeContext,
  type FieldError,
  type Outcome,
} from './outcome.ts';

export const contactTypes = ['Healthie Video Call', 'In Person', 'Phone Call', 'Secure Videochat'];

export interface AppointmentTypeInput {
  name?: string | null;
  length?: number | null;
  is_group?: boolean | null;
  clients_can_book?: boolean | null;
  provider_ids_for_appt_type_connections?: (string | null)[] | null;
  /** Without it, a type given provider connections requires them (the docs do not say). */
  require_specific_providers?: boolean | null;
  available_contact_types?: string[] | null;
}

/** Whether `providerId` offers the type: every provider does unless it requires specific providers. */
export function isOpenTo(type: AppointmentTypeRecord, providerId: string): boolean {
  return !type.requireSpecificProviders || type.providerIds.includes(providerId);
}

/** Whether the type offers `contactType` (its available_contact_types). */
export function offersContactType(type: AppointmentTypeRecord, contactType: string): boolean {
  return type.availableContactTypes.includes(contactType);
}

export function createAppointmentType(context: ChangeContext, input: AppointmentTypeInput): Outcome<AppointmentTypeRecord> {
  const { store, actor, now } = context;
  if (!actor.membership?.permissions.canEditAppointmentTypes) return failed([notPermitted('edit appointment types')]);
  const messages = validate(context, input);
  if (isBlank(input.name)) messages.unshift(cantBeBlank('name'));
  if (messages.length > 0) return failed(messages);
  const timestamp = now();
  const appointmentType: AppointmentTypeRecord = {
    id: store.nextId('appointmentType'),
    organizationId: actor.organizationId,
    name: (input.name ?? '').trim(),
    length: input.length ?? 30,
    isGroup: input.is_group ?? false,
    clientsCanBook: input.clients_can_book ?? true,
    requireSpecificProviders: input.require_specific_providers ?? providerIdsOf(input).length > 0,
    providerIds: providerIdsOf(input),
    availableContactTypes: input.available_contact_types ?? contactTypes,
    position: store.appointmentTypes.size + 1,
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: null,
  };
  store.appointmentTypes.set(appointmentType.id, appointmentType);
  return succeeded(appointmentType);
}

export function updateAppointmentType(context: ChangeContext, id: string, input: AppointmentTypeInput): Outcome<AppointmentTypeRecord> {
  const appointmentType = liveAppointmentType(context, id);
  const messages = validate(context, input);
  if (input.name !== undefined && isBlank(input.name)) messages.unshift(cantBeBlank('name'));
  if (messages.length > 0) return failed(messages);
  if (input.name != null) appointmentType.name = input.name.trim();
  if (input.length != null) appointmentType.length = input.length;
  if (input.is_group != null) appointmentType.isGroup = input.is_group;
  if (input.clients_can_book != null) appointmentType.clientsCanBook = input.clients_can_book;
  if (input.provider_ids_for_appt_type_connections) {
    appointmentType.providerIds = providerIdsOf(input);
    appointmentType.requireSpecificProviders = appointmentType.providerIds.length > 0;
  }
  if (input.require_specific_providers != null) appointmentType.requireSpecificProviders = input.require_specific_providers;
  if (input.available_contact_types) appointmentType.availableContactTypes = input.available_contact_types;
  appointmentType.updatedAt = context.now();
  return succeeded(appointmentType);
}

/** Soft delete, as Healthie's deleteAppointmentType does. */
export function deleteAppointmentType(context: ChangeContext, id: string): AppointmentTypeRecord {
  const appointmentType = liveAppointmentType(context, id);
  appointmentType.deletedAt = context.now();
  return appointmentType;
}

function liveAppointmentType(context: ChangeContext, id: string): AppointmentTypeRecord {
  const appointmentType = context.store.appointmentTypes.get(id);
  if (!appointmentType || appointmentType.deletedAt !== null) throw notFound('AppointmentType', id);
  return appointmentType;
}

function validate(context: ChangeContext, input: AppointmentTypeInput): FieldError[] {
  const messages: FieldError[] = [];
  if (input.length != null && (!Number.isInteger(input.length) || input.length <= 0)) messages.push(isInvalid('length'));
  const unknownProvider = providerIdsOf(input).some((id) => !context.store.users.get(id)?.membership);
  if (unknownProvider) messages.push(isInvalid('provider_ids_for_appt_type_connections'));
  if (input.available_contact_types?.some((type) => !contactTypes.includes(type))) messages.push(isInvalid('available_contact_types'));
  return messages;
}

function providerIdsOf(input: AppointmentTypeInput): string[] {
  return (input.provider_ids_for_appt_type_connections ?? []).filter((id): id is string => Boolean(id));
}
