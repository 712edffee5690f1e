import type { EventStatus } from '../../db/schema.ts';

/** The product page's table: Healthie's pm_status to the calendar event's status. */
const byPmStatus: Record<string, EventStatus> = {
  confirmed: 'confirmed',
  'checked-in': 'confirmed',
  occurred: 'completed',
  'no-show': 'no_show',
  cancelled: 'cancelled',
  'late cancellation': 'cancelled',
  're-scheduled': 'cancelled',
};

/** Blank means booked (not yet confirmed); so does a status the table does not know. */
export function eventStatusFor(pmStatus: string | null | undefined): EventStatus {
  const key = (pmStatus ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return byPmStatus[key] ?? 'booked';
}
