import { useEffect } from 'react';
import type { SyncRun } from '../../api/types.ts';
import { useApiGet } from '../../api/use-api-get.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

const POLL_MS = 1000;

export const isActive = (run: SyncRun | undefined) => run?.status === 'queued' || run?.status === 'running';

/** A calendar's sync runs, newest first, re-read every second while one is queued or running. */
export function useSyncRuns(calendarId: string) {
  const { apiPath } = useWorkspace();
  const runs = useApiGet<SyncRun[]>(apiPath(`calendars/${calendarId}/sync-runs`));
  const latest = runs.data?.[0];
  const active = isActive(latest);
  const { reload, loading } = runs;

  useEffect(() => {
    if (!active || loading) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [active, loading, reload, runs.data]);

  return { ...runs, latest, active };
}
