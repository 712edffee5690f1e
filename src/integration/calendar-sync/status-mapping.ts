import type { EventStatus } from '../../db/schema.ts';

/** The product page's table: Healthie's pm_status to the calendar event's status. */
export const byPmStatus: Record<string, EventStatus> = {
  confirmed: 'confirmed',
  'checked-in': 'confirmed',
  occurred: 'completed',
  'no-show': 'no_show',
  cancelled: 'cancelled',
  'late cancellation': 'cancelled',
  're-scheduled': 'cancelled',
};

/**
 * Healthie keeps confirmation apart from pm_status: a blank pm_status on an appointment the provider
 * confirmed (`confirmed: true`) is the product page's Confirmed; blank otherwise means booked, and so
 * does a status the table does not know. A pm_status of "Confirmed" is read too, should Healthie send one.
 */
export function eventStatusFor(pmStatus: string | null | undefined, confirmed: boolean | null | undefined = false): EventStatus {
  const key = (pmStatus ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return confirmed ? 'confirmed' : 'booked';
  return byPmStatus[key] ?? 'booked';
}
