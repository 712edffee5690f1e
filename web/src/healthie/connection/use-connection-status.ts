import { api } from '../../api/api.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** Why Healthie's data and syncs are not offered while the connection shows Error. */
export const UNAVAILABLE_IN_ERROR = 'Not available while the connection shows Error: reconfigure it with a valid API key first.';

/** The workspace's one Healthie connection status, shared by every place that shows or depends on it. */
export function useConnectionStatus() {
  const { ws } = useWorkspace();
  const summary = api.useQuery('get', '/api/v1/workspaces/{ws}/connections/healthie/status', { params: { path: { ws } } });
  return { summary, inError: summary.data?.status === 'error' };
}
