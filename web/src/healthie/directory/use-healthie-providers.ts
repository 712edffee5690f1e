import { api } from '../../api/api.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** The Healthie organization's providers, fetched from Healthie each time a page needs them. */
export function useHealthieProviders() {
  const { ws } = useWorkspace();
  return api.useQuery('get', '/api/v1/workspaces/{ws}/healthie/providers', { params: { path: { ws } } });
}
