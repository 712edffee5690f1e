import type { Middleware } from 'openapi-fetch';
import { queryClient } from './query-client.ts';
import { sessionKey } from './session-key.ts';

/** The session's token, sent as `x-csrf-token` on every request that changes something. */
export const csrfHeader: Middleware = {
  onRequest({ request }) {
    const session = queryClient.getQueryData<{ csrfToken?: string } | null>(sessionKey);
    if (request.method !== 'GET' && session?.csrfToken) request.headers.set('x-csrf-token', session.csrfToken);
    return request;
  },
};
