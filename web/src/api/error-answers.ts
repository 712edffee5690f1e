import type { Middleware } from 'openapi-fetch';
import { ApiError } from './api-error.ts';

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.message === 'string') {
    return new ApiError(response.status, typeof error.code === 'string' ? error.code : 'error', error.message);
  }
  return new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`);
}

/**
 * Every call either answers its documented data or throws an ApiError: an error answer in the
 * server's words, a proxy's page without them, or the server out of reach.
 */
export const errorAnswers: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await errorOf(response);
    return undefined;
  },
  onError() {
    return new ApiError(0, 'network', 'The server could not be reached; check your connection and try again');
  },
};
