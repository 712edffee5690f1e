// Create, update and delete providers, patients, appointment types, appointments and availability as a
// person in Healthie would: acting as the organization's owner, with the same validation and webhooks as the API.
import { z } from 'zod';
import { createAppointmentType, deleteAppointmentType, updateAppointmentType } from '../domain/appointment-types.ts';
import { createAppointment, deleteAppointment, updateAppointment } from '../domain/appointments.ts';
import { createAvailability, deleteAvailability } from '../domain/availabilities.ts';
import type { ChangeContext, Outcome } from '../domain/outcome.ts';
import { archivePatient, createPatient, updatePatient } from '../domain/patients.ts';
import { pullInSyncedAppointment } from '../domain/synced-appointments.ts';
import { createProvider, deleteProvider, updateProvider } from '../domain/providers.ts';
import type { SandboxState } from '../state.ts';
import { ok, parseBody, type ControlResponse, type ControlRoute } from './router.ts';

const text = z.string().nullable().optional();
const flag = z.boolean().nullable().optional();
const ids = z.array(z.string()).nullable().optional();

const providerSchema = z
  .object({
    first_name: text,
    last_name: text,
    email: text,
    phone_number: text,
    timezone: text,
    title: text,
    org_role: text,
    state_licenses: z.array(z.string()).nullable().optional(),
    permissions: z
      .object({
        isAdmin: z.boolean(),
        canListOrganizationMembers: z.boolean(),
        canAddMembers: z.boolean(),
        canAddClients: z.boolean(),
        canEditAppointmentTypes: z.boolean(),
      })
      .partial()
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

const patientSchema = z
  .object({
    first_name: text,
    last_name: text,
    email: text,
    phone_number: text,
    dob: text,
    legal_name: text,
    record_identifier: text,
    npi: text,
    timezone: text,
    dietitian_id: text,
    skipped_email: flag,
    active: flag,
  })
  .strict();

const appointmentTypeSchema = z
  .object({
    name: text,
    length: z.number().int().nullable().optional(),
    is_group: flag,
    clients_can_book: flag,
    provider_ids_for_appt_type_connections: ids,
    require_specific_providers: flag,
    available_contact_types: ids,
  })
  .strict();

const appointmentSchema = z
  .object({
    user_id: text,
    attendee_ids: ids,
    other_party_id: text,
    appointment_type_id: text,
    contact_type: text,
    datetime: text,
    date: text,
    timezone: text,
    pm_status: text,
    confirmed: flag,
    client_confirmed: flag,
    location: text,
    appointment_location_id: text,
    notes: text,
    external_videochat_url: text,
    suppress_webhook_notifications: flag,
    metadata: z.json().optional(),
    enforce_availability: flag,
    recurring_appointment: z.object({ repeat_interval: text, repeat_times: text, join_all: flag }).strict().nullable().optional(),
    external_id_type: text,
    length: z.number().int().nullable().optional(),
  })
  .strict();

const availabilitySchema = z
  .object({
    user_id: text,
    is_repeating: flag,
    day_of_week: z.number().int().nullable().optional(),
    range_start: text,
    range_end: text,
    time: text,
    end_time: text,
    end_on: text,
    timezone: text,
    start_datetime: text,
    end_datetime: text,
  })
  .strict();

interface RecordOperations<T, I> {
  create: (context: ChangeContext, input: I) => Outcome<T>;
  /** Records without it are replaced by a delete and a create. */
  update?: (context: ChangeContext, id: string, input: I) => Outcome<T>;
  remove: (context: ChangeContext, id: string) => T;
}

function recordRoutes<T, I>(state: SandboxState, path: string, field: string, schema: z.ZodType<I>, operations: RecordOperations<T, I>): ControlRoute[] {
  const asOwner = () => state.changeContext(state.owner());
  const answer = (outcome: Outcome<T>, status: number): ControlResponse =>
    outcome.record === null ? ok({ messages: outcome.messages }, 422) : ok({ [field]: outcome.record }, status);
  const { update } = operations;
  const routes: ControlRoute[] = [
    { method: 'POST', path, handler: ({ body }) => answer(operations.create(asOwner(), parseBody(schema, body)), 201) },
    { method: 'DELETE', path: `${path}/:id`, handler: ({ params }) => ok({ [field]: operations.remove(asOwner(), params.id ?? '') }) },
  ];
  if (update) {
    routes.push({ method: 'PATCH', path: `${path}/:id`, handler: ({ params, body }) => answer(update(asOwner(), params.id ?? '', parseBody(schema, body)), 200) });
  }
  return routes;
}

export function recordControlRoutes(state: SandboxState): ControlRoute[] {
  return [
    ...recordRoutes(state, '/_sandbox/providers', 'provider', providerSchema, { create: createProvider, update: updateProvider, remove: deleteProvider }),
    ...recordRoutes(state, '/_sandbox/patients', 'patient', patientSchema, { create: createPatient, update: updatePatient, remove: archivePatient }),
    ...recordRoutes(state, '/_sandbox/appointment-types', 'appointmentType', appointmentTypeSchema, {
      create: createAppointmentType,
      update: updateAppointmentType,
      remove: deleteAppointmentType,
    }),
    ...recordRoutes(state, '/_sandbox/appointments', 'appointment', appointmentSchema, {
      create: (context, input) => (input.external_id_type ? pullInSyncedAppointment(context, input) : createAppointment(context, input)),
      update: updateAppointment,
      remove: (context, id) => deleteAppointment(context, id),
    }),
    ...recordRoutes(state, '/_sandbox/availabilities', 'availability', availabilitySchema, { create: createAvailability, remove: deleteAvailability }),
  ];
}
