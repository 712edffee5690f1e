import type { HealthieProvider } from '../../api/types.ts';
import { useApiGet } from '../../api/use-api-get.ts';
import { useWorkspace } from '../../workspace/workspace-context.tsx';

/** The Healthie organization's providers, fetched from Healthie each time a page needs them. */
export function useHealthieProviders() {
  const { apiPath } = useWorkspace();
  return useApiGet<HealthieProvider[]>(apiPath('healthie/providers'));
}
