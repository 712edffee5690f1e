import { ApiError } from './api-error.ts';

export type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  query?: Query;
  json?: unknown;
  csv?: string;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
}

const SESSION_PATH = '/api/v1/session';

let csrfToken: string | null = null;
let onUnauthorized: () => void = () => undefined;

/** The session's token, sent as `x-csrf-token` on every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 (the session ended), except for the session calls themselves. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export function workspacePath(ws: string, rest = ''): string {
  const base = `/api/v1/workspaces/${encodeURIComponent(ws)}`;
  return rest ? `${base}/${rest}` : base;
}

/** `path` with the query's non-empty values appended. */
export function withQuery(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.message === 'string') {
    return new ApiError(response.status, typeof error.code === 'string' ? error.code : 'error', error.message);
  }
  return new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`);
}

async function send<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = options.csv;
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached; check your connection and try again');
  }
  if (!response.ok) {
    if (response.status === 401 && path !== SESSION_PATH) onUnauthorized();
    throw await errorOf(response);
  }
  const data = response.status === 204 ? undefined : await response.json();
  return { data: data as T, headers: response.headers };
}

/** The one way the UI talks to the server: same-origin cookie session, CSRF header, JSON errors. */
export const api = {
  get: async <T>(path: string, query?: Query) => (await send<T>('GET', path, { query })).data,
  getWithHeaders: <T>(path: string, query?: Query) => send<T>('GET', path, { query }),
  post: async <T>(path: string, json?: unknown) => (await send<T>('POST', path, { json: json ?? {} })).data,
  postCsv: async <T>(path: string, csv: string) => (await send<T>('POST', path, { csv })).data,
  put: async <T>(path: string, json: unknown) => (await send<T>('PUT', path, { json })).data,
  patch: async <T>(path: string, json: unknown) => (await send<T>('PATCH', path, { json })).data,
  delete: async (path: string, query?: Query) => {
    await send<void>('DELETE', path, { query });
  },
};
