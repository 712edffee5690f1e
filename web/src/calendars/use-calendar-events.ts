import { keepPreviousData } from '@tanstack/react-query';
import { api } from '../api/api.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

/** The dates a view shows, as instants: from its first day's start up to (not including) the day after its last. */
export interface VisibleRange {
  from: string;
  to: string;
}

// The API's most; a month of a busy provider stays well below it.
const MAX_EVENTS = 5000;

const PENDING_POLL_MS = 2000;

/**
 * A calendar's events in the range its view shows; the last range's stay on screen while the next
 * ones load. Read again every few seconds while a change made here waits to reach Healthie.
 */
export function useCalendarEvents(calendarId: string, range: VisibleRange | null) {
  const { ws } = useWorkspace();
  return api.useQuery(
    'get',
    '/api/v1/workspaces/{ws}/calendars/{id}/events',
    { params: { path: { ws, id: calendarId }, query: { from: range?.from, to: range?.to, limit: MAX_EVENTS } } },
    {
      enabled: range !== null,
      placeholderData: keepPreviousData,
      refetchInterval: (query) => (query.state.data?.some((event) => event.push?.state === 'pending') ? PENDING_POLL_MS : false),
    },
  );
}
