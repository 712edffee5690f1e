import type { EventStatus } from '../api/api-types.ts';

/** How each calendar event status is named and coloured everywhere in the UI. */
export const eventStatusStyle: Record<EventStatus, { label: string; color: string }> = {
  booked: { label: 'Booked', color: 'blue' },
  confirmed: { label: 'Confirmed', color: 'teal' },
  completed: { label: 'Completed', color: 'gray' },
  no_show: { label: 'No Show', color: 'orange' },
  cancelled: { label: 'Cancelled', color: 'red' },
};
