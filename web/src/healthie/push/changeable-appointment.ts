import type { CalendarEvent } from '../../api/api-types.ts';

/** A Healthie appointment that still takes place: one a calendar that pushes can move or cancel. */
export const isChangeableAppointment = (event: CalendarEvent): boolean => event.external?.source === 'healthie' && event.status !== 'cancelled';
