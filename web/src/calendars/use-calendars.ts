import { api } from '../api/api.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

export function useCalendars() {
  const { ws } = useWorkspace();
  return api.useQuery('get', '/api/v1/workspaces/{ws}/calendars', { params: { path: { ws } } });
}
