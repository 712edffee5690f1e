import { api } from '../../api/api.ts';
import type { HealthiePatientDetails } from '../../api/api-types.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { useConnectionStatus } from '../connection/use-connection-status.ts';

/**
 * These patients as Healthie has them now, read once for the ids shown (a page of links, or one):
 * `patients` by id, or undefined while not known; an id absent from a loaded answer is not in Healthie.
 */
export function useHealthiePatients(ids: string[]) {
  const { ws } = useWorkspace();
  const { usable } = useConnectionStatus();
  const sorted = [...new Set(ids)].sort();
  const query = api.useQuery(
    'get',
    '/api/v1/workspaces/{ws}/healthie/patients',
    { params: { path: { ws }, query: { ids: sorted.join(',') } } },
    { enabled: sorted.length > 0 && usable },
  );
  const patients = query.data ? new Map<string, HealthiePatientDetails>(query.data.map((p) => [p.id, p])) : undefined;
  return { patients, error: query.error, refetch: query.refetch };
}
