import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { withQuery, type Query } from '../api/client.ts';
import { useApiGet } from '../api/use-api-get.ts';

/** A paged list behind a search box: GET `path?search=&limit=&offset=`, total from `X-Total-Count`. */
export function usePagedSearch<T>(path: string, pageSize: number, query: Query = {}) {
  const [search, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const list = useApiGet<T[]>(withQuery(path, { ...query, search: debouncedSearch, limit: pageSize, offset: (page - 1) * pageSize }));
  const setSearch = (text: string) => {
    setSearchText(text);
    setPage(1);
  };
  return { list, search, setSearch, searched: debouncedSearch, page, setPage, pages: Math.max(1, Math.ceil((list.total ?? 0) / pageSize)) };
}
