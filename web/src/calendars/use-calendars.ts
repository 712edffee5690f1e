import type { Calendar } from '../api/types.ts';
import { useApiGet } from '../api/use-api-get.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

export function useCalendars() {
  const { apiPath } = useWorkspace();
  return useApiGet<Calendar[]>(apiPath('calendars'));
}
