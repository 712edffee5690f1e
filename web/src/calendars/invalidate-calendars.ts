import { invalidate } from '../api/invalidate.ts';

/** After a calendar changed (its settings, a Healthie link made or removed): every list and page that shows calendars. */
export const invalidateCalendars = () => invalidate('/api/v1/workspaces/{ws}/calendars', '/api/v1/workspaces/{ws}/calendars/{id}');
