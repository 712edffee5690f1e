import createQueryHooks from 'openapi-react-query';
import { fetchClient } from './fetch-client.ts';

/**
 * TanStack Query hooks over the typed client: `api.useQuery('get', path, {params})` and
 * `api.useMutation(method, path)`, keyed `[method, path, init]` so invalidating `['get', path]`
 * refreshes every query of that path.
 */
export const api = createQueryHooks(fetchClient);
