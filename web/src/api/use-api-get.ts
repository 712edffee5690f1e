import { api } from './client.ts';
import { useLoad, type Loaded } from './use-load.ts';

export interface ApiGet<T> extends Loaded<T> {
  /** `X-Total-Count` of a paged list. */
  total: number | undefined;
}

/** GETs `path` (again whenever it changes or `reload` is called); a null path loads nothing. */
export function useApiGet<T>(path: string | null): ApiGet<T> {
  const loaded = useLoad(path, async () => {
    const { data, headers } = await api.getWithHeaders<T>(path!);
    const total = headers.get('x-total-count');
    return { data, total: total === null ? undefined : Number(total) };
  });
  return { ...loaded, data: loaded.data?.data, total: loaded.data?.total };
}
