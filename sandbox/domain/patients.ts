// Patients (Healthie "clients"): createClient, updateClient, and the control API's equivalents. Patients
// "cannot be deleted via the Healthie API": they are archived (active: false) and stay readable.
import { isValidTimeZone } from '../datetime.ts';
import { newUser } from '../store/new-user.ts';
import type { UserRecord } from '../store/records.ts';
import { changedColumns } from './changes.ts';
import {
  cantBeBlank,
  failed,
  isBlank,
  isEmail,
  isInvalid,
  notFound,
  notPermitted,
  succeeded,
  type ChangeContext,
  type FieldError,
  type Outcome,
} from './outcome.ts';

export interface PatientInput {
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  phone_number?: string | null;
  dob?: string | null;
  legal_name?: string | null;
  record_identifier?: string | null;
  /** Control API only: createClientInput has no npi. */
  npi?: string | null;
  timezone?: string | null;
  dietitian_id?: string | null;
  skipped_email?: boolean | null;
  active?: boolean | null;
}

const patientColumns: Partial<Record<keyof UserRecord, string>> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phoneNumber: 'phone_number',
  dob: 'dob',
  legalName: 'legal_name',
  recordIdentifier: 'record_identifier',
  npi: 'npi',
  timezone: 'timezone',
  dietitianId: 'dietitian_id',
  active: 'active',
};

export function createPatient(context: ChangeContext, input: PatientInput): Outcome<UserRecord> {
  const { store, actor, now } = context;
  if (!actor.membership?.permissions.canAddClients) return failed([notPermitted('add clients')]);
  const messages: FieldError[] = [];
  if (isBlank(input.first_name)) messages.push(cantBeBlank('first_name'));
  if (isBlank(input.last_name)) messages.push(cantBeBlank('last_name'));
  if (isBlank(input.email) && !input.skipped_email) messages.push(cantBeBlank('email'));
  messages.push(...validatePatientFields(context, input));
  if (messages.length === 0 && input.email && findSamePatient(context, input)) {
    messages.push({ field: 'email', message: 'has already been taken' });
  }
  if (messages.length > 0) return failed(messages);

  const timestamp = now();
  const patient = newUser({
    id: store.nextId('user'),
    organizationId: actor.organizationId,
    firstName: (input.first_name ?? '').trim(),
    lastName: (input.last_name ?? '').trim(),
    email: isBlank(input.email) ? null : (input.email ?? '').trim(),
    phoneNumber: isBlank(input.phone_number) ? null : (input.phone_number ?? null),
    timezone: input.timezone ?? null,
    dob: input.dob ?? null,
    legalName: blankAsNull(input.legal_name),
    recordIdentifier: blankAsNull(input.record_identifier),
    npi: blankAsNull(input.npi),
    createdAt: timestamp,
    dietitianId: input.dietitian_id ?? actor.id,
  });
  store.addUser(patient);
  context.emit({ eventType: 'patient.created', resourceId: patient.id, resourceIdType: 'User', changedFields: [] });
  return succeeded(patient);
}

export function updatePatient(context: ChangeContext, id: string, input: PatientInput): Outcome<UserRecord> {
  const { store } = context;
  const patient = store.users.get(id);
  if (!patient || patient.membership) throw notFound('User', id);
  const messages: FieldError[] = [];
  if (input.first_name !== undefined && isBlank(input.first_name)) messages.push(cantBeBlank('first_name'));
  if (input.last_name !== undefined && isBlank(input.last_name)) messages.push(cantBeBlank('last_name'));
  messages.push(...validatePatientFields(context, input));
  if (messages.length > 0) return failed(messages);

  const before = { ...patient };
  store.changeUser(patient, (record) => {
    if (input.first_name != null) record.firstName = input.first_name.trim();
    if (input.last_name != null) record.lastName = input.last_name.trim();
    if (input.email !== undefined) record.email = isBlank(input.email) ? null : (input.email ?? '').trim();
    if (input.phone_number !== undefined) record.phoneNumber = isBlank(input.phone_number) ? null : (input.phone_number ?? null);
    if (input.dob !== undefined) record.dob = input.dob;
    if (input.legal_name !== undefined) record.legalName = blankAsNull(input.legal_name);
    if (input.record_identifier !== undefined) record.recordIdentifier = blankAsNull(input.record_identifier);
    if (input.npi !== undefined) record.npi = blankAsNull(input.npi);
    if (input.timezone !== undefined) record.timezone = input.timezone;
    if (input.dietitian_id != null) record.dietitianId = input.dietitian_id;
    if (input.active != null && input.active !== record.active) {
      record.active = input.active;
      record.archivedAt = input.active ? null : context.now();
    }
  });
  const changedFields = changedColumns(before, patient, patientColumns);
  if (changedFields.length > 0) patient.updatedAt = context.now();
  context.emit({ eventType: 'patient.updated', resourceId: patient.id, resourceIdType: 'User', changedFields });
  return succeeded(patient);
}

/** What deleting a patient in Healthie comes to: archiving, as updateClient with active: false does. */
export function archivePatient(context: ChangeContext, id: string): UserRecord {
  const outcome = updatePatient(context, id, { active: false });
  if (!outcome.record) throw new Error(`Archiving patient ${id} failed`);
  return outcome.record;
}

const blankAsNull = (value: string | null | undefined): string | null => (isBlank(value) ? null : (value ?? '').trim());

function validatePatientFields(context: ChangeContext, input: PatientInput): FieldError[] {
  const messages: FieldError[] = [];
  if (input.email && !isBlank(input.email) && !isEmail(input.email)) messages.push(isInvalid('email'));
  if (input.timezone && !isValidTimeZone(input.timezone)) messages.push(isInvalid('timezone'));
  if (input.dob && !/^\d{4}-\d{2}-\d{2}$/.test(input.dob)) messages.push(isInvalid('dob'));
  if (input.dietitian_id && !context.store.users.get(input.dietitian_id)?.membership) messages.push(isInvalid('dietitian_id'));
  return messages;
}

// Healthie keeps one patient per email, first name and last name within an organization.
function findSamePatient(context: ChangeContext, input: PatientInput): UserRecord | undefined {
  const email = (input.email ?? '').trim().toLowerCase();
  const first = (input.first_name ?? '').trim().toLowerCase();
  const last = (input.last_name ?? '').trim().toLowerCase();
  for (const user of context.store.users.values()) {
    if (user.membership || user.email?.toLowerCase() !== email) continue;
    if (user.firstName.toLowerCase() === first && user.lastName.toLowerCase() === last) return user;
  }
  return undefined;
}
