import type { SyncRun } from '../../api/api-types.ts';
import { queryClient } from '../../api/query-client.ts';
import { syncRunsKey } from './sync-runs-key.ts';

/**
 * Puts a run just started (or joined) at the top of its calendar's runs, so every place that shows
 * them shows it at once and polls it until it ends.
 */
export function followRun(ws: string, run: SyncRun): void {
  queryClient.setQueriesData<SyncRun[]>({ queryKey: syncRunsKey(ws, run.calendarId) }, (runs = []) => [run, ...runs.filter((r) => r.id !== run.id)]);
}
