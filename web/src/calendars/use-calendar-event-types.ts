import { api } from '../api/api.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** A calendar's own event types (a linked calendar's are its provider's Healthie appointment types). */
export function useCalendarEventTypes(calendarId: string) {
  const { ws } = useWorkspace();
  return api.useQuery('get', '/api/v1/workspaces/{ws}/calendars/{id}/event-types', { params: { path: { ws, id: calendarId } } });
}
