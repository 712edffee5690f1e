import { api } from '../../api/api.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** Why Healthie's data and syncs are not offered while the connection shows Error. */
export const UNAVAILABLE_IN_ERROR = "Not available while the connection shows Error; the connection's alert says what to do.";

/** The workspace's one Healthie connection status, shared by every place that shows or depends on it. */
export function useConnectionStatus() {
  const { ws } = useWorkspace();
  const summary = api.useQuery('get', '/api/v1/workspaces/{ws}/connections/healthie/status', { params: { path: { ws } } });
  const inError = summary.data?.status === 'error';
  // Healthie is asked only once the status is known not to be Error (a refused key is not sent again on every load).
  return { summary, inError, usable: summary.isSuccess && !inError };
}
