import type { Tx } from '../../db/database.ts';
import type { HealthieAppointment } from '../../healthie/client.ts';
import { membersOfPatients } from '../member-links/patient-link-store.ts';
import type { EventReferences } from './appointment-event.ts';

/**
 * What a batch of appointments refers to on our side, read just before the batch is applied: the
 * calendar's event types (Healthie type id -> event type id) and the members linked to the
 * appointments' patients now, so a link made or removed during a long sync is seen by its next page.
 */
export async function eventReferences(
  tx: Tx,
  workspaceId: string,
  eventTypes: ReadonlyMap<string, string>,
  appointments: readonly HealthieAppointment[],
): Promise<EventReferences> {
  const patientIds = appointments.flatMap((a) => (a.user ? [a.user.id] : []));
  const members = patientIds.length > 0 ? await membersOfPatients(tx, workspaceId, patientIds) : new Map<string, string>();
  return { eventTypeId: (id) => eventTypes.get(id) ?? null, memberId: (id) => members.get(id) ?? null };
}
