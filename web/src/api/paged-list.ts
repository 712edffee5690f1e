import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { SuccessResponseJSON } from 'openapi-typescript-helpers';
import { fetchClient } from './fetch-client.ts';
import type { paths } from './schema.ts';

/** The lists that also take `search`. */
export type SearchablePath = '/api/v1/workspaces/{ws}/members' | '/api/v1/workspaces/{ws}/healthie/member-links';

/** The lists that page with `limit`/`offset` and count their matches in `X-Total-Count`. */
export type PagedPath = SearchablePath | '/api/v1/workspaces/{ws}/healthie/member-matches/rejections';

export interface Page<Path extends PagedPath> {
  items: SuccessResponseJSON<paths[Path]['get']>;
  /** Every match of the search, not only this page's. */
  total: number;
}

export interface PageRequest {
  search?: string;
  limit: number;
  offset: number;
}

/** One page of a list, keyed under `['get', path]` like every other GET so invalidating the path reaches it. */
export function pagedListQuery<Path extends PagedPath>(path: Path, ws: string, query: PageRequest) {
  const init = { params: { path: { ws }, query } };
  return queryOptions({
    queryKey: ['get', path, init, 'page'],
    queryFn: async ({ signal }): Promise<Page<Path>> => {
      const { data, response } = await fetchClient.GET(path as PagedPath, { ...init, signal });
      return { items: data as Page<Path>['items'], total: Number(response.headers.get('x-total-count') ?? 0) };
    },
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
