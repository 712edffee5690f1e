import { invalidate } from '../api/invalidate.ts';

/** After an event was booked, moved, cancelled or sent to Healthie again: every list that shows events. */
export const invalidateEvents = () => invalidate('/api/v1/workspaces/{ws}/calendars/{id}/events', '/api/v1/workspaces/{ws}/members/{id}/events');
