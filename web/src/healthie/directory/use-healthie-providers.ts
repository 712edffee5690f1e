import { api } from '../../api/api.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';
import { useConnectionStatus } from '../connection/use-connection-status.ts';

/** The Healthie organization's providers, fetched from Healthie each time a page needs them (not while Healthie refuses the key). */
export function useHealthieProviders() {
  const { ws } = useWorkspace();
  const { usable } = useConnectionStatus();
  return api.useQuery('get', '/api/v1/workspaces/{ws}/healthie/providers', { params: { path: { ws } } }, { enabled: usable });
}
