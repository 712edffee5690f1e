import type { Operation } from '../operations/operation.ts';
import { listAppointmentTypesOperation, listProvidersOperation } from '../operations/directory-operations.ts';
import { findMatchingPatientsOperation, findMembersOperation, getMemberHealthieLinkOperation } from '../operations/member-operations.ts';
import { findAvailableSlotsOperation, getAppointmentOperation, listUpcomingAppointmentsOperation } from '../operations/appointment-operations.ts';
import { bookAppointmentOperation, cancelAppointmentOperation, rescheduleAppointmentOperation } from '../operations/booking-operations.ts';

export interface AssistantTool {
  operation: Operation;
  /** One line an assistant can act on: what it does, what it needs, what it answers. */
  description: string;
  /** It changes appointments (in two steps: a summary and a token first). */
  writes?: true;
}

/** The assistant's tools: each is one operation, with its scope, feature and schemas. */
export const assistantTools: AssistantTool[] = [
  { operation: listProvidersOperation, description: "Lists the Healthie organization's providers (id, name, email), fresh from Healthie." },
  { operation: listAppointmentTypesOperation, description: 'Lists Healthie appointment types (id, name, minutes, contact types); with providerId, only those that provider offers.' },
  { operation: findMembersOperation, description: 'Finds workspace members by part of a name, email or phone; answers ids, names and whether each is linked to Healthie, nothing more.' },
  { operation: getMemberHealthieLinkOperation, description: "Tells whether a member is linked to a Healthie patient, the patient's id, and whether Healthie still has that patient active." },
  { operation: findMatchingPatientsOperation, description: "Finds the Healthie patients a member matches by Find Matching Records' rules (email, else phone), with what a person should check before linking." },
  {
    operation: listUpcomingAppointmentsOperation,
    description: "Lists appointments of one member, calendar or Healthie provider between from and to (default: the next 30 days), from the synced calendars; fresh: true reads Healthie now.",
  },
  { operation: getAppointmentOperation, description: 'Gives one appointment by its calendar event id or its Healthie appointment id: time, status, type, contact type, member.' },
  { operation: findAvailableSlotsOperation, description: "Finds a Healthie provider's free slots for an appointment type between from and to, from Healthie's availability." },
  {
    operation: bookAppointmentOperation,
    writes: true,
    description: 'Books a linked member with a provider on a calendar that pushes to Healthie. First call: a summary and a confirmationToken, nothing booked; call again with the same input and the token to book.',
  },
  {
    operation: rescheduleAppointmentOperation,
    writes: true,
    description: 'Moves an appointment on a calendar that pushes to Healthie to a new start. First call: a summary and a confirmationToken; call again with the same input and the token to move it.',
  },
  {
    operation: cancelAppointmentOperation,
    writes: true,
    description: "Cancels an appointment on a calendar that pushes to Healthie (marked Cancelled or deleted, as the calendar says). First call: a summary and a confirmationToken; call again with the token to cancel.",
  },
];
