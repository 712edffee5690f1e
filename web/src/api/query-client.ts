import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';
import { sessionKey } from './session-key.ts';

/** A 401 on any call means the session ended: the app signs out (the session query answers 401 as null itself). */
function signOutOnUnauthorized(error: Error): void {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(sessionKey, null);
}

declare module '@tanstack/react-query' {
  // What every query and mutation fails with, through the fetch client's error middleware.
  interface Register {
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signOutOnUnauthorized }),
  mutationCache: new MutationCache({ onError: signOutOnUnauthorized }),
  // The server already retries Healthie within its budget, and a refused request is not refused by chance.
  defaultOptions: { queries: { retry: false } },
});
