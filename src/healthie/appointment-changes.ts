import { HealthieError } from './errors.ts';
import {
  CreateAppointmentDocument,
  DeleteAppointmentDocument,
  UpdateAppointmentDocument,
  type CreateAppointmentMutationVariables,
  type SyncedAppointmentFragment,
  type UpdateAppointmentMutationVariables,
} from './generated/graphql.ts';
import { refusedIn } from './mutation-messages.ts';
import type { HealthieTransport } from './transport.ts';

/** An appointment as a booking, move or cancellation left it in Healthie. */
export type ChangedAppointment = SyncedAppointmentFragment & { notes: string | null };

export type NewAppointment = Omit<CreateAppointmentMutationVariables, 'metadata'> & { metadata: Record<string, string> };
export type AppointmentChange = UpdateAppointmentMutationVariables & { id: string };

function changed(appointment: ChangedAppointment | null | undefined): ChangedAppointment {
  if (!appointment) throw new HealthieError('bad_response', { detail: '(no appointment came back)' });
  return appointment;
}

/** Books an appointment; `metadata` goes as the serialized JSON string the schema asks for. */
export async function createAppointment(transport: HealthieTransport, input: NewAppointment): Promise<ChangedAppointment> {
  const { createAppointment: payload } = await transport.request(CreateAppointmentDocument, { ...input, metadata: JSON.stringify(input.metadata) });
  refusedIn(payload?.messages);
  return changed(payload?.appointment);
}

export async function updateAppointment(transport: HealthieTransport, change: AppointmentChange): Promise<ChangedAppointment> {
  const { updateAppointment: payload } = await transport.request(UpdateAppointmentDocument, change);
  refusedIn(payload?.messages);
  return changed(payload?.appointment);
}

/** Deletes an appointment (a soft delete in Healthie); false when Healthie no longer has it live. */
export async function deleteAppointment(transport: HealthieTransport, id: string): Promise<boolean> {
  const data = await transport.requestRecord(DeleteAppointmentDocument, { id });
  refusedIn(data?.deleteAppointment?.messages);
  return Boolean(data?.deleteAppointment?.appointment);
}

/** The metadata of an appointment as an object, whether Healthie gives it back serialized or parsed. */
export function metadataOf(appointment: Pick<SyncedAppointmentFragment, 'metadata'>): Record<string, unknown> {
  let value = appointment.metadata;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
