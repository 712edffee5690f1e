import { queryOptions } from '@tanstack/react-query';
import { ApiError } from '../api/api-error.ts';
import type { Session } from '../api/api-types.ts';
import { fetchClient } from '../api/fetch-client.ts';
import { sessionKey } from '../api/session-key.ts';

/** The signed-in session, or null when there is none (the server answers 401). */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async ({ signal }): Promise<Session | null> => {
    try {
      const { data } = await fetchClient.GET('/api/v1/session', { signal });
      // The UI signs in with a cookie session; a bearer key is not a person to show.
      return data?.kind === 'session' ? data : null;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: Infinity,
});
