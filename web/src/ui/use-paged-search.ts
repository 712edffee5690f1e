import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { pagedListQuery, type PagedPath } from '../api/paged-list.ts';

/** A paged list behind a search box: `path?search=&limit=&offset=`, total from `X-Total-Count`. */
export function usePagedSearch<Path extends PagedPath>(path: Path, ws: string, pageSize: number) {
  const [search, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const list = useQuery(pagedListQuery(path, ws, { search: debouncedSearch, limit: pageSize, offset: (page - 1) * pageSize }));
  const setSearch = (text: string) => {
    setSearchText(text);
    setPage(1);
  };
  const total = list.data?.total;
  return {
    /** This page's items once loaded, or why they could not be. */
    items: { data: list.data?.items, error: list.error },
    total,
    search,
    setSearch,
    searched: debouncedSearch,
    page,
    setPage,
    pages: Math.max(1, Math.ceil((total ?? 0) / pageSize)),
  };
}
