import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';
import { sessionKey } from './session-key.ts';

// The server marks the connection's status as it learns these; every place showing it reads it again.
const STATUS_CHANGING_CODES = new Set(['healthie_auth_failed', 'healthie_version_unsupported']);
const CONNECTION_STATUS_PATHS = ['/api/v1/workspaces/{ws}/connections/healthie/status', '/api/v1/workspaces/{ws}/connections/healthie', '/api/v1/workspaces/{ws}/app-connections'];

/**
 * A 401 on any call means the session ended: the app signs out (the session query answers 401 as
 * null itself). A refused Healthie key, wherever a request met it, changes the connection's status.
 */
function onFailure(error: Error): void {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401) queryClient.setQueryData(sessionKey, null);
  if (STATUS_CHANGING_CODES.has(error.error.code)) for (const path of CONNECTION_STATUS_PATHS) void queryClient.invalidateQueries({ queryKey: ['get', path] });
}

declare module '@tanstack/react-query' {
  // What every query and mutation fails with, through the fetch client's error middleware.
  interface Register {
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onFailure }),
  mutationCache: new MutationCache({ onError: onFailure }),
  // The server already retries Healthie within its budget, and a refused request is not refused by chance.
  defaultOptions: { queries: { retry: false } },
});
