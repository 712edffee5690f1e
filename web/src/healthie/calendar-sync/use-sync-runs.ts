import { useEffect, useRef } from 'react';
import { api } from '../../api/api.ts';
import type { SyncRun } from '../../api/api-types.ts';
import { invalidate } from '../../api/invalidate.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

const POLL_MS = 1000;

export const isActive = (run: SyncRun | undefined) => run?.status === 'queued' || run?.status === 'running';

/** What a finished run may have changed: the calendars' events, event types and links. */
const invalidateSynced = () =>
  invalidate(
    '/api/v1/workspaces/{ws}/calendars/{id}/events',
    '/api/v1/workspaces/{ws}/members/{id}/events',
    '/api/v1/workspaces/{ws}/calendars/{id}/event-types',
    '/api/v1/workspaces/{ws}/event-types',
  );

/** A calendar's sync runs, newest first, polled every second while the newest is queued or running. */
export function useSyncRuns(calendarId: string) {
  const { ws } = useWorkspace();
  const runs = api.useQuery(
    'get',
    '/api/v1/workspaces/{ws}/calendars/{id}/sync-runs',
    { params: { path: { ws, id: calendarId } } },
    { refetchInterval: (query) => (isActive(query.state.data?.[0]) ? POLL_MS : false) },
  );
  const latest = runs.data?.[0];
  const active = isActive(latest);

  const wasActive = useRef(active);
  useEffect(() => {
    if (wasActive.current && !active) void invalidateSynced();
    wasActive.current = active;
  }, [active]);

  return { ...runs, latest, active };
}
